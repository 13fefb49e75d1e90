import { describe, expect, it } from 'vitest';
import type { MyNumbers } from '../../../../shared/domains/insights/numbers';
import type { MoneyFormat } from '../../ui/money';
import { figureViews, times } from './figures';

const money: MoneyFormat = {
  currency: 'USD',
  format: (v) => `$${v.toLocaleString('en-US')}`,
  compact: (v) => `$${v / 1000}K`,
};

function numbers(over: Partial<MyNumbers> = {}): MyNumbers {
  const span = { start: 0, end: 1, firstDay: '2026-01-01', lastDay: '2026-01-31' };
  return {
    now: 0,
    period: { ...span, kind: 'month', label: 'January 2026' },
    week: span,
    currency: 'USD',
    quota: 100_000,
    won: { value: 40_000, count: 1 },
    weighted: { value: 30_000, count: 2 },
    gap: { value: 60_000, count: 1 },
    coverage: { state: 'measured', ratio: 0.5, target: 3, meetsTarget: false, count: 2 },
    activity: { value: 3, goal: 10, count: 3 },
    unconverted: [],
    ...over,
  };
}

const byId = (n: MyNumbers) => Object.fromEntries(figureViews(n, money).map((f) => [f.id, f]));

describe('the figures as the panel and the strip word them', () => {
  it('reads each figure against its target, with the deals behind it', () => {
    const f = byId(numbers());
    expect(f.won).toMatchObject({ text: '$40,000 of $100,000', short: '$40K / $100K', good: false });
    expect(f.weighted).toMatchObject({ text: '$30,000', short: '$30K' });
    expect(f.gap).toMatchObject({ text: '$60,000', short: '$60K' });
    expect(f.coverage).toMatchObject({ text: '0.5× (rule of thumb 3×)', short: '0.5× / 3×', good: false });
    expect(f.coverage!.note).toMatch(/^Below the 3× rule of thumb/);
    expect(f.activity).toMatchObject({ text: '3 of 10', short: '3 / 10', good: false });
    expect(f.activity!.share({ dealId: 'o', amount: 3 })).toBe('3 touches');
    expect(f.activity!.share({ dealId: 'o', amount: 1 })).toBe('1 touch');
    expect(f.won!.share({ dealId: 'w', amount: 40_000 })).toBe('$40,000');
    // How many deals each figure's list holds: the list itself is asked for when it opens.
    expect([f.won, f.weighted, f.gap, f.coverage, f.activity].map((v) => v!.count)).toEqual([1, 2, 1, 2, 3]);
  });

  it('marks the 3× rule of thumb met, and the quota met', () => {
    const covered = byId(
      numbers({ coverage: { state: 'measured', ratio: 3, target: 3, meetsTarget: true, count: 0 } }),
    );
    expect(covered.coverage).toMatchObject({ text: '3× (rule of thumb 3×)', good: true });
    expect(covered.coverage!.note).toMatch(/^Meets the 3× rule of thumb/);
    const met = byId(
      numbers({
        won: { value: 120_000, count: 1 },
        gap: { value: 0, count: 1 },
        coverage: { state: 'met', ratio: null, target: 3, meetsTarget: true, count: 0 },
      }),
    );
    expect(met.won!.good).toBe(true);
    expect(met.gap).toMatchObject({ text: 'Quota met', short: 'met', good: true });
    expect(met.coverage).toMatchObject({ text: 'Quota met', good: true });
  });

  it('without a quota or a weekly goal, says so instead of comparing with 0', () => {
    const f = byId(
      numbers({
        quota: 0,
        gap: { value: 0, count: 1 },
        coverage: { state: 'no-quota', ratio: null, target: 3, meetsTarget: false, count: 0 },
        activity: { value: 2, goal: 0, count: 1 },
      }),
    );
    expect(f.won).toMatchObject({ text: '$40,000', good: false });
    expect(f.gap).toMatchObject({ text: 'No quota', short: '—' });
    expect(f.coverage).toMatchObject({ text: 'No quota', short: '—' });
    expect(f.activity).toMatchObject({ text: '2', short: '2', good: false });
  });

  it('writes ratios rounded down, with one decimal below 10×', () => {
    expect([0, 0.25, 0.3, 2.96, 3, 12.9].map(times)).toEqual(['0×', '0.2×', '0.3×', '2.9×', '3×', '12×']);
  });
});
