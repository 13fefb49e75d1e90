/**
 * The dashboard as sums of per-deal contributions (what the store's rollups hold) says what
 * the per-chart definitions say: on generated pipelines (several seeds, currencies, every
 * period), buildDashboard equals funnel, stageConversion, timeInStage, forecastSeries,
 * outcomes and sourceEffectiveness computed directly from the records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPipeline, defaultSettings } from '../../engine';
import { inHomeCurrency, type CurrencyContext, type Deal } from '../../model';
import { generateSamplePipeline } from '../sample/generate';
import { stageConversion } from './conversion';
import { buildDashboard } from './dashboard';
import { forecastSeries } from './forecast';
import { funnel } from './funnel';
import { historyByDeal } from './history';
import { outcomes } from './outcomes';
import { periodStart } from './period';
import { sourceEffectiveness } from './sources';
import { timeInStage } from './timeInStage';
import { NOW } from './testing/fixture';
import { PERIODS } from './types';

const MONEY: CurrencyContext = { home: 'USD', rates: { EUR: 1.1 } };

/** The expected value with every number matched to 4 decimals (sums in another order); the rest exactly. */
function near(value: unknown): unknown {
  if (typeof value === 'number') return expect.closeTo(value, 4);
  if (Array.isArray(value)) return value.map(near);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, near(v)]));
  return value;
}

describe('dashboard contributions', () => {
  it('sum to the per-chart definitions for every period (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 5, max: 60 }), (seed, count) => {
        let n = 0;
        const pipeline = createDefaultPipeline(() => `st-${++n}`, NOW);
        const sample = generateSamplePipeline({
          count,
          seed,
          pipeline,
          settings: defaultSettings(),
          now: NOW,
        });
        // Some deals in euros, some in francs (no rate), with cents.
        const deals: Deal[] = sample.deals.map((d, i) =>
          i % 5 === 1
            ? { ...d, currency: 'EUR', value: d.value + 0.25 }
            : i % 7 === 3
              ? { ...d, currency: 'CHF' }
              : d,
        );
        const home = inHomeCurrency(deals, MONEY).deals;
        const byDeal = historyByDeal(sample.history, pipeline.id);
        for (const period of PERIODS) {
          const from = periodStart(period, NOW);
          const d = buildDashboard({
            pipeline,
            deals,
            history: sample.history,
            activities: sample.activities,
            period,
            now: NOW,
            money: MONEY,
          });
          expect(d.funnel).toEqual(near(funnel(home, pipeline)));
          expect(d.conversion).toEqual(stageConversion(byDeal, pipeline, from));
          expect(d.timeInStage).toEqual(near(timeInStage(byDeal, pipeline, from)));
          expect(d.forecast).toEqual(near(forecastSeries(home, pipeline)));
          expect(d.outcomes).toEqual(near(outcomes(home, byDeal, from)));
          expect(d.sources).toEqual(near(sourceEffectiveness(home, byDeal, pipeline, from)));
          const inPeriod = sample.activities.filter((a) => (from === null || a.at >= from) && a.at <= NOW);
          expect(d.activity.reduce((s, w) => s + w.total, 0)).toBe(inPeriod.length);
        }
      }),
      { numRuns: 25 },
    );
  });
});
