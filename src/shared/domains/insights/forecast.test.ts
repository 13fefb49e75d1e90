import { describe, expect, it } from 'vitest';
import { forecastSeries } from './forecast';
import { deals, pipeline } from './testing/fixture';

describe('forecastSeries', () => {
  it('weights the open deals of the pipeline by probability, per expected close month and stage', () => {
    const rows = forecastSeries(deals, pipeline);
    expect(rows.map((r) => r.month)).toEqual(['2026-06', '2026-07', '2026-08']);
    // June: d1 is won (value 1000, signed 2026-06-25, no expected close): committed, not weighted.
    expect(rows[0]).toEqual({
      month: '2026-06',
      byStage: {},
      weighted: 0,
      committed: 1000,
      total: 1000,
      warnings: [],
    });
    // July: d3 200 × 0.1 + d5 400 × 0.1, both in Lead. d8 is another pipeline's.
    expect(Object.keys(rows[1]!.byStage)).toEqual(['s1']);
    expect(rows[1]!.byStage.s1).toBeCloseTo(60, 10);
    expect(rows[1]!.total).toBeCloseTo(60, 10);
    expect(rows[1]!.committed).toBe(0);
    // August: d4 3000 × its own 0.8 (not SQL's 0.5).
    expect(rows[2]).toEqual({
      month: '2026-08',
      byStage: { s3: 2400 },
      weighted: 2400,
      committed: 0,
      total: 2400,
      warnings: [],
    });
  });
});
