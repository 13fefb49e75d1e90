import { defaultStageMap } from '../../src/shared/domains/import';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD_SOURCES, type LeadSource } from '../../src/shared/model';
import {
  decodeCsvBytes,
  guessMapping,
  mapRows,
  parseCsv,
  type ImportCandidate,
} from '../../src/shared/domains/import';
import { dealRowsToCsv } from '../../src/renderer/src/features/data/exportCsv';
import { defaultSourceMap, distinctValues } from '../../src/renderer/src/features/data/importPlan';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

const text = (minLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength, maxLength: 30 })
    .filter((s) => s.trim() === s && !s.includes('\r') && (minLength === 0 || s !== ''));

const lead = fc.record({
  title: text(1),
  companyName: text(0),
  contactName: text(0),
  email: fc.oneof(
    fc.constant(''),
    fc.emailAddress({ size: 'small' }).filter((e) => e.length <= 254),
  ),
  phone: fc.oneof(fc.constant(''), fc.stringMatching(/^\+?[0-9][0-9 ()-]{0,16}[0-9]$/)),
  value: fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
  source: fc.constantFrom<LeadSource>(...LEAD_SOURCES),
  stage: fc.integer({ min: 0, max: 6 }),
  expectedClose: fc.option(
    fc
      .date({
        min: new Date(Date.UTC(1990, 0, 1)),
        max: new Date(Date.UTC(2199, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
});

async function exported(h: Harness) {
  const client = h.connect();
  const { rows } = await client.call('deals.exportRows', {});
  return rows;
}

/** The CSV text goes through exactly what the wizard does with a file. */
async function importCsv(h: Harness, csv: string) {
  const client = h.connect();
  const [pipeline] = await client.call('pipelines.list', {});
  const parsed = parseCsv(decodeCsvBytes(new TextEncoder().encode(csv)).text);
  const { mapping } = guessMapping(parsed.headers);
  const { candidates, rejects } = mapRows(parsed.rows, mapping, {
    stageMap: defaultStageMap(distinctValues(parsed.rows, mapping.stage).values, pipeline!),
    sourceMap: defaultSourceMap(distinctValues(parsed.rows, mapping.source).values, 'campaign'),
    defaultStageId: pipeline!.stages[0]!.id,
    defaultSource: 'campaign',
    rowNumbers: parsed.rowNumbers,
  });
  expect(rejects).toEqual([]);
  await client.call('import.commit', { candidates, decisions: candidates.map(() => 'add' as const) });
}

describe('deals → CSV export → import (property, through the store)', () => {
  it('importing the exported CSV into an empty store gives back the same deals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lead, { minLength: 1, maxLength: 8 }), async (leads) => {
        const source = await startHarness({ name: 'roundtrip-a' });
        const target = await startHarness({ name: 'roundtrip-b' });
        try {
          const client = source.connect();
          const [pipeline] = await client.call('pipelines.list', {});
          const candidates: ImportCandidate[] = leads.map((l, i) => ({
            row: i + 2,
            title: l.title,
            companyName: l.companyName,
            contactName: l.contactName,
            email: l.email,
            phone: l.phone,
            jobTitle: '',
            value: l.value,
            source: l.source,
            stageId: pipeline!.stages[l.stage]!.id,
            expectedClose: l.expectedClose,
            industry: '',
            notes: '',
          }));
          await client.call('import.commit', { candidates, decisions: candidates.map(() => 'add' as const) });
          const first = await exported(source);
          expect(first).toHaveLength(leads.length);
          await importCsv(target, dealRowsToCsv(first));
          expect(await exported(target)).toEqual(first);
        } finally {
          await source.close();
          await target.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
