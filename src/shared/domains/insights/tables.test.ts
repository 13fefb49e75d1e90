import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { unneutraliseFormula } from '../../export/csv';
import type { Deal, Pipeline } from '../../model';
import { buildDashboard } from './dashboard';
import { CHART_IDS, chartTable, tableCsv } from './tables';
import { ago, deals, DOLLARS, history, NOW, pipeline } from './testing/fixture';

const TRIGGERS = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx'];

/** The fixture with hostile stage names and a hostile lost reason. */
function hostile(names: string[], reason: string) {
  const p: Pipeline = {
    ...pipeline,
    stages: pipeline.stages.map((s, i) => ({ ...s, name: names[i % names.length] ?? s.name })),
  };
  const ds: Deal[] = deals.map((d) =>
    d.id === 'd2' ? { ...d, outcome: { kind: 'lost', reason, competitor: '', note: '' } } : d,
  );
  return buildDashboard({
    pipeline: p,
    deals: ds,
    history,
    activities: [{ dealId: 'd1', at: ago(1), type: 'email' }],
    period: '30d',
    now: NOW,
    money: DOLLARS,
  });
}

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('chart tables and CSV export', () => {
  it('has a table for every chart, headed by its columns', () => {
    const d = hostile(['Lead', 'MQL', 'SQL', 'Closed'], 'Price');
    for (const chart of CHART_IDS) {
      const table = chartTable(d, chart);
      expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    }
    expect(chartTable(d, 'funnel').rows).toEqual([
      ['Lead', 2, 600],
      ['MQL', 0, 0],
      ['SQL', 1, 3000],
      ['Closed', 1, 1000],
    ]);
    expect(chartTable(d, 'forecast').columns.map((c) => c.label)).toEqual([
      'Month',
      'Committed (won)',
      'Lead',
      'MQL',
      'SQL',
      'Closed',
      'Weighted (open)',
      'Total',
    ]);
    expect(chartTable(d, 'forecast').rows[0]).toEqual(['2026-06', 1000, 0, 0, 0, 0, 0, 1000]);
    expect(chartTable(d, 'forecast').rows[2]).toEqual(['2026-08', 0, 0, 0, 2400, 0, 2400, 2400]);
  });

  it('neutralises every formula trigger in stage names and lost reasons', () => {
    for (const trigger of TRIGGERS) {
      const d = hostile([trigger, 'MQL', 'SQL', 'Closed'], trigger);
      const funnelCsv = parse(tableCsv(chartTable(d, 'funnel')));
      expect(funnelCsv[1]![0]).toBe(`'${trigger}`);
      const forecastCsv = parse(tableCsv(chartTable(d, 'forecast')));
      expect(forecastCsv[0]![2]).toBe(`'${trigger}`);
      const reasonsCsv = parse(tableCsv(chartTable(d, 'lostReasons')));
      expect(reasonsCsv[1]![0]).toBe(`'${trigger}`);
      for (const chart of CHART_IDS) {
        for (const record of parse(tableCsv(chartTable(d, chart)))) {
          for (const cell of record) expect(cell).not.toMatch(/^[=+@\t\r\n]|^-(?!\d)/);
        }
      }
    }
  });

  it("round-trips: parsing the export gives back the table's values (property)", () => {
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.constantFrom(...TRIGGERS, '"q"', 'a,b', "'=x"),
    );
    fc.assert(
      fc.property(fc.array(name, { minLength: 4, maxLength: 4 }), name, (names, reason) => {
        const d = hostile(names, reason);
        for (const chart of CHART_IDS) {
          const table = chartTable(d, chart);
          const [header, ...records] = parse(tableCsv(table)).map((r) => r.map(unneutraliseFormula));
          expect(header).toEqual(table.columns.map((c) => c.label));
          expect(records).toHaveLength(table.rows.length);
          table.rows.forEach((row, i) =>
            row.forEach((cell, j) => {
              const back = records[i]![j]!;
              if (typeof cell === 'number') expect(Number(back)).toBe(cell);
              else expect(back).toBe(cell === null ? '' : String(cell));
            }),
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
