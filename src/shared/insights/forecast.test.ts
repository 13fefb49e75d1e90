import { describe, expect, it } from 'vitest';
import { forecastSeries } from './forecast';
import { deals, pipeline } from './testFixture';

describe('forecastSeries', () => {
  it('weights the open deals of the pipeline by probability, per expected close month and stage', () => {
    const rows = forecastSeries(deals, pipeline);
    expect(rows.map((r) => r.month)).toEqual(['2026-07', '2026-08']);
    // July: d3 200 × 0.1 + d5 400 × 0.1, both in Lead. d1 is won, d8 is another pipeline's.
    expect(Object.keys(rows[0]!.byStage)).toEqual(['s1']);
    expect(rows[0]!.byStage.s1).toBeCloseTo(60, 10);
    expect(rows[0]!.total).toBeCloseTo(60, 10);
    // August: d4 3000 × its own 0.8 (not SQL's 0.5).
    expect(rows[1]).toEqual({ month: '2026-08', byStage: { s3: 2400 }, total: 2400 });
  });
});
