import { describe, expect, it } from 'vitest';
import { createDefaultPipeline, defaultSettings } from '../../engine';
import { generateSamplePipeline } from '../sample/generate';
import { buildDashboard } from './dashboard';
import { periodStart } from './period';
import { ago, deals, DOLLARS, history, NOW, pipeline } from './testing/fixture';
import { PERIODS } from './types';

describe('buildDashboard', () => {
  it("gathers every chart's series for the pipeline and period", () => {
    const activities = [{ dealId: 'd1', at: ago(2), type: 'call' as const }];
    const d = buildDashboard({
      pipeline,
      deals,
      history,
      activities,
      period: '30d',
      now: NOW,
      money: DOLLARS,
    });
    // Periods are whole days of the rep's calendar: 30 days before 30 June 2026 is 31 May, from
    // local midnight (NOW is noon UTC: 30 June in any zone within 12 hours of UTC).
    expect(d.from).toBe(new Date(2026, 4, 31).getTime());
    expect(d.pipeline.stages.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(d.funnel.map((r) => r.count)).toEqual([2, 0, 1, 1]);
    expect(d.conversion.map((r) => r.entered)).toEqual([4, 3, 2, 1]);
    expect(d.outcomes.winRate).toBe(0.5);
    expect(d.sources).toHaveLength(9);
    expect(d.activity.reduce((n, w) => n + w.total, 0)).toBe(1);
    // d1 is won (signed 2026-06-25, no expected close): committed in June.
    expect(d.forecast.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08']);
  });

  it("needs only the history from the period's start on (what the store reads by index)", () => {
    let n = 0;
    const p = createDefaultPipeline(() => `st-${++n}`, NOW);
    const sample = generateSamplePipeline({
      count: 300,
      seed: 7,
      pipeline: p,
      settings: defaultSettings(),
      now: NOW,
    });
    for (const period of PERIODS) {
      const from = periodStart(period, NOW) ?? -Infinity;
      const activities = sample.activities;
      const full = buildDashboard({
        pipeline: p,
        deals: sample.deals,
        history: sample.history,
        activities,
        period,
        now: NOW,
        money: DOLLARS,
      });
      const ranged = buildDashboard({
        pipeline: p,
        deals: sample.deals,
        history: sample.history.filter((e) => e.at >= from),
        activities,
        period,
        now: NOW,
        money: DOLLARS,
      });
      expect(ranged).toEqual(full);
      expect(full.funnel.reduce((s, r) => s + r.count, 0)).toBe(
        sample.deals.filter((d) => d.status !== 'lost' && d.status !== 'disqualified').length,
      );
    }
  });

  it('sums every amount in the home currency, and leaves a deal without a rate out of the amounts only', () => {
    const priced = deals.map((d) =>
      d.id === 'd3' ? { ...d, currency: 'EUR' } : d.id === 'd5' ? { ...d, currency: 'CHF' } : d,
    );
    const input = { pipeline, history, activities: [], period: '30d' as const, now: NOW };
    const before = buildDashboard({ ...input, deals, money: DOLLARS });
    const d = buildDashboard({ ...input, deals: priced, money: { home: 'USD', rates: { EUR: 1.5 } } });
    // Lead holds d3 (200 EUR → 300 USD) and d5 (400 CHF, no rate → left out of the amount).
    expect(before.funnel[0]).toMatchObject({ count: 2, value: 600 });
    expect(d.funnel[0]).toMatchObject({ count: 2, value: 300 });
    expect(d.unconverted).toEqual([{ id: 'd5', title: 'd5', currency: 'CHF' }]);
    expect(d.currency).toBe('USD');
    // July's forecast: d3 weighted at its stage's probability, now in dollars; d5 counts 0.
    const july = (x: typeof d) => x.forecast.find((m) => m.month === '2026-07')?.weighted;
    const lead = pipeline.stages[0]!.probability;
    expect(july(d)).toBeCloseTo(300 * lead, 6);
    expect(july(before)).toBeCloseTo(600 * lead, 6);
  });
});
