import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnStats } from './columnStats';
import { card, pipeline } from './testing/cards';

const DOLLARS = { home: 'USD', rates: {} };

const [lead, , mql] = pipeline.stages;

describe('columnStats', () => {
  it('counts, totals and weights each column with the stage probability', () => {
    const stats = columnStats(
      [
        card({ value: 1000, stageId: lead!.id }),
        card({ value: 3000, stageId: lead!.id }),
        card({ value: 10_000, stageId: mql!.id }),
      ],
      pipeline,
      DOLLARS,
    );
    expect(stats.get(lead!.id)).toEqual({
      count: 2,
      total: 4000,
      weighted: 4000 * lead!.probability,
      unconverted: 0,
    });
    expect(stats.get(mql!.id)).toEqual({
      count: 1,
      total: 10_000,
      weighted: 10_000 * mql!.probability,
      unconverted: 0,
    });
    expect(stats.get(pipeline.stages[6]!.id)).toEqual({ count: 0, total: 0, weighted: 0, unconverted: 0 });
  });

  it('totals in the home currency with the rates, and counts a card without a rate apart', () => {
    const stats = columnStats(
      [
        card({ value: 1000, stageId: lead!.id }),
        card({ value: 1000, currency: 'EUR', stageId: lead!.id }),
        card({ value: 1000, currency: 'CHF', stageId: lead!.id }),
      ],
      pipeline,
      { home: 'USD', rates: { EUR: 1.2 } },
    );
    expect(stats.get(lead!.id)).toEqual({
      count: 3,
      total: 2200,
      weighted: 2200 * lead!.probability,
      unconverted: 1,
    });
  });

  it("uses a deal's own probability over its stage's", () => {
    const stats = columnStats(
      [card({ value: 2000, probability: 0.9, stageId: lead!.id })],
      pipeline,
      DOLLARS,
    );
    expect(stats.get(lead!.id)?.weighted).toBeCloseTo(1800);
  });

  it('ignores cards of stages outside the pipeline', () => {
    const stats = columnStats([card({ stageId: 'elsewhere' })], pipeline, DOLLARS);
    expect([...stats.values()].every((s) => s.count === 0)).toBe(true);
    expect(stats.has('elsewhere')).toBe(false);
  });

  it('column counts always add up to the number of cards, and weighted never exceeds total', () => {
    const stageIds = pipeline.stages.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ stage: fc.constantFrom(...stageIds), value: fc.integer({ min: 0, max: 1e6 }) }),
          {
            maxLength: 60,
          },
        ),
        (rows) => {
          const stats = columnStats(
            rows.map((r) => card({ stageId: r.stage, value: r.value })),
            pipeline,
            DOLLARS,
          );
          const all = [...stats.values()];
          expect(all.reduce((n, s) => n + s.count, 0)).toBe(rows.length);
          expect(all.reduce((n, s) => n + s.total, 0)).toBe(rows.reduce((n, r) => n + r.value, 0));
          for (const s of all) expect(s.weighted).toBeLessThanOrEqual(s.total + 1e-6);
        },
      ),
    );
  });
});
