// "My numbers" (issue 17): quota figures against hand-computed fixtures, period edges and time
// zones. Runs in UTC, America/New_York and Asia/Kolkata (tests/vitest.config.mts): local times are built
// with the local Date constructor, so an edge is the same local moment in either zone.
import { describe, expect, it } from 'vitest';
import type { Activity, ActivityType, Deal, RepGoals } from '../../model';
import { makeDeal, stageOf, testPipeline, wonOutcome } from '../../engine/testing/fixtures';
import { COVERAGE_TARGET, figureDeals, myNumbers, type FigureId, type NumbersInput } from './numbers';
import { quotaSpan, weekSpan } from './quotaPeriod';

const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) =>
  new Date(y, m - 1, d, h, min, s, ms).getTime();

const MONTH: RepGoals = { quotaPeriod: 'month', quota: 100_000, weeklyActivityGoal: 10 };
const QUARTER: RepGoals = { ...MONTH, quotaPeriod: 'quarter' };
const USD = { home: 'USD', rates: { EUR: 1.1 } };

function won(id: string, signedDate: string, contractValue: number, extra: Partial<Deal> = {}): Deal {
  return makeDeal(
    {
      id,
      title: `Won ${id}`,
      status: 'won',
      value: contractValue,
      outcome: wonOutcome({ signedDate, contractValue }),
      ...extra,
    },
    'closed',
  );
}

function open(id: string, expectedClose: string | null, value: number, extra: Partial<Deal> = {}): Deal {
  return makeDeal({ id, title: `Open ${id}`, value, expectedClose, ...extra }, 'sql');
}

function touch(
  dealId: string,
  at: number,
  type: ActivityType = 'call',
): Pick<Activity, 'dealId' | 'type' | 'at'> {
  return { dealId, at, type };
}

function input(over: Partial<NumbersInput>): NumbersInput {
  return {
    deals: [],
    pipelines: [testPipeline],
    activities: [],
    goals: MONTH,
    money: USD,
    now: local(2026, 1, 15, 12),
    ...over,
  };
}

const numbers = (over: Partial<NumbersInput>) => myNumbers(input(over));
/** The deal list of one figure, from the same inputs. */
const behind = (over: Partial<NumbersInput>, id: FigureId) => figureDeals(input(over), id);

const ids = (items: { dealId: string }[]) => items.map((i) => i.dealId);

describe('the quota period holding now (local time)', () => {
  it.each([
    [
      'the last moment of January',
      local(2026, 1, 31, 23, 59, 59, 999),
      'month',
      'January 2026',
      '2026-01-01',
      '2026-01-31',
    ],
    ['the first moment of February', local(2026, 2, 1), 'month', 'February 2026', '2026-02-01', '2026-02-28'],
    ['a leap February', local(2028, 2, 29, 23, 30), 'month', 'February 2028', '2028-02-01', '2028-02-29'],
    [
      'the last moment of Q1',
      local(2026, 3, 31, 23, 59, 59, 999),
      'quarter',
      'Q1 2026',
      '2026-01-01',
      '2026-03-31',
    ],
    ['the first moment of Q2', local(2026, 4, 1), 'quarter', 'Q2 2026', '2026-04-01', '2026-06-30'],
    ['New Year’s Eve, 23:30', local(2026, 12, 31, 23, 30), 'quarter', 'Q4 2026', '2026-10-01', '2026-12-31'],
  ] as const)('%s', (_name, now, kind, label, firstDay, lastDay) => {
    const span = quotaSpan(kind, now);
    expect(span).toMatchObject({ kind, label, firstDay, lastDay });
    expect(span.start).toBeLessThanOrEqual(now);
    expect(span.end).toBeGreaterThan(now);
    expect(new Date(span.start).getHours()).toBe(0);
    expect(new Date(span.end).getHours()).toBe(0);
  });

  it('a March month spans the daylight-saving change: local midnight to local midnight', () => {
    const span = quotaSpan('month', local(2026, 3, 15));
    expect(span.start).toBe(local(2026, 3, 1));
    expect(span.end).toBe(local(2026, 4, 1));
  });
});

describe('won this period: signed on a day of the period', () => {
  const deals = [
    won('dec31', '2025-12-31', 1_000),
    won('jan1', '2026-01-01', 2_000),
    won('jan31', '2026-01-31', 4_000),
    won('feb1', '2026-02-01', 8_000),
    won('mar31', '2026-03-31', 16_000),
    won('apr1', '2026-04-01', 32_000),
  ];
  it.each([
    ['month, won at 23:30 on its last day', MONTH, local(2026, 1, 31, 23, 30), 6_000, ['jan31', 'jan1']],
    ['month, the next midnight', MONTH, local(2026, 2, 1, 0, 0), 8_000, ['feb1']],
    [
      'quarter, its last minute',
      QUARTER,
      local(2026, 3, 31, 23, 59),
      30_000,
      ['mar31', 'feb1', 'jan31', 'jan1'],
    ],
    ['quarter, the next one', QUARTER, local(2026, 4, 1, 0, 0), 32_000, ['apr1']],
  ] as const)('%s', (_name, goals, now, value, dealIds) => {
    const n = numbers({ deals, goals, now });
    expect(n.won).toEqual({ value, count: dealIds.length });
    expect(ids(behind({ deals, goals, now }, 'won').items)).toEqual(dealIds);
  });
});

describe('one instant, two zones: the period is the local one', () => {
  // 1 February 2026, 03:30 UTC is still 31 January (22:30) in New York.
  const now = Date.UTC(2026, 1, 1, 3, 30);
  const expected: Record<string, { label: string; won: number; week: string }> = {
    UTC: { label: 'February 2026', won: 0, week: '2026-01-26' },
    'America/New_York': { label: 'January 2026', won: 5_000, week: '2026-01-26' },
    // 09:00 on 1 February in Kolkata.
    'Asia/Kolkata': { label: 'February 2026', won: 0, week: '2026-01-26' },
    // Zones the project does not run by default, for a hand run with another TZ.
    'Asia/Tokyo': { label: 'February 2026', won: 0, week: '2026-01-26' },
    'America/Los_Angeles': { label: 'January 2026', won: 5_000, week: '2026-01-26' },
    'Pacific/Auckland': { label: 'February 2026', won: 0, week: '2026-01-26' },
  };
  it('reads the period, the won figure and the week in the zone of the machine', () => {
    const zone = process.env.TZ ?? '';
    const want = expected[zone];
    if (!want) throw new Error(`no hand-computed expectation for the zone "${zone}"`);
    const n = numbers({ deals: [won('late', '2026-01-31', 5_000)], now });
    expect(n.period.label).toBe(want.label);
    expect(n.won.value).toBe(want.won);
    expect(n.week.firstDay).toBe(want.week);
  });
});

describe('the figures of one month, by hand', () => {
  // Quota 100,000 for January 2026; now: 20 January, 10:00.
  const deals: Deal[] = [
    // Won: its contract value counts, not its value.
    won('a', '2026-01-10', 30_000, { value: 28_000 }),
    // Won in euros: 10,000 × 1.1 = 11,000.
    won('b', '2026-01-12', 10_000, { currency: 'EUR' }),
    // Won last month, lost this month: not counted.
    won('c', '2025-12-30', 50_000),
    makeDeal({ id: 'lost', status: 'lost', value: 9_000, expectedClose: '2026-01-20' }, 'sql'),
    // Open SQL (50 %): 40,000 × 0.5 = 20,000.
    open('d', '2026-01-31', 40_000),
    // Its own probability overrides the stage's: 50,000 × 0.6 = 30,000.
    makeDeal({ id: 'e', value: 50_000, probability: 0.6, expectedClose: '2026-01-02' }, 'sal'),
    // Closing next month, or with no date: not this period.
    open('f', '2026-02-01', 70_000),
    open('g', null, 70_000),
    // Pounds without a rate: counts at 0 and is named.
    open('h', '2026-01-15', 5_000, { currency: 'GBP' }),
  ];
  const n = numbers({ deals, now: local(2026, 1, 20, 10) });
  const list = (id: FigureId) => behind({ deals, now: local(2026, 1, 20, 10) }, id);

  it('won: 30,000 + 11,000', () => {
    expect(n.won.value).toBeCloseTo(41_000, 6);
    expect(n.won.count).toBe(2);
    expect(list('won').items.map((i) => [i.dealId, Math.round(i.amount)])).toEqual([
      ['a', 30_000],
      ['b', 11_000],
    ]);
  });
  it('weighted: 20,000 + 30,000 (+ 0 for the deal without a rate)', () => {
    expect(n.weighted.value).toBe(50_000);
    expect(n.weighted.count).toBe(3);
    expect(ids(list('weighted').items)).toEqual(['e', 'd', 'h']);
    expect(n.unconverted).toEqual([{ id: 'h', title: 'Open h', currency: 'GBP' }]);
  });
  it('gap: 100,000 − 41,000, traced to the won deals', () => {
    expect(n.gap.value).toBeCloseTo(59_000, 6);
    expect(n.gap.count).toBe(2);
    expect(ids(list('gap').items)).toEqual(['a', 'b']);
  });
  it('coverage: 50,000 ÷ 59,000, under the 3× rule of thumb', () => {
    expect(n.coverage.state).toBe('measured');
    expect(n.coverage.ratio).toBeCloseTo(50_000 / 59_000, 9);
    expect(n.coverage.target).toBe(3);
    expect(n.coverage.meetsTarget).toBe(false);
    expect(n.coverage.count).toBe(3);
    expect(ids(list('coverage').items)).toEqual(['e', 'd', 'h']);
  });
  it('names every deal behind a figure, with its stage', () => {
    const named = (id: FigureId) => list(id).deals.map((d) => [d.id, d.stageName]);
    expect(named('won')).toEqual([
      ['a', stageOf('closed').name],
      ['b', stageOf('closed').name],
    ]);
    expect(named('gap')).toEqual(named('won'));
    expect(named('weighted')).toEqual([
      ['d', stageOf('sql').name],
      ['e', stageOf('sal').name],
      ['h', stageOf('sql').name],
    ]);
    expect(named('coverage')).toEqual(named('weighted'));
    expect(list('activity')).toEqual({ figure: 'activity', items: [], deals: [] });
    expect(n.currency).toBe('USD');
  });
});

describe('coverage states', () => {
  const now = local(2026, 1, 20);
  it('no quota: nothing to cover', () => {
    const n = numbers({ deals: [open('d', '2026-01-31', 10_000)], goals: { ...MONTH, quota: 0 }, now });
    expect(n.coverage).toMatchObject({ state: 'no-quota', ratio: null, meetsTarget: false });
    expect(n.gap.value).toBe(0);
  });
  it('quota met: the gap is 0', () => {
    const n = numbers({ deals: [won('a', '2026-01-05', 120_000)], now });
    expect(n.gap.value).toBe(0);
    expect(n.coverage).toMatchObject({ state: 'met', ratio: null, meetsTarget: true });
  });
  it('exactly 3× the remaining quota meets the rule of thumb; just under does not', () => {
    // Remaining 10,000; SQL deals at 50 %.
    const base = [won('a', '2026-01-05', 90_000)];
    const at3 = numbers({ deals: [...base, open('d', '2026-01-31', 60_000)], now });
    expect(at3.coverage).toMatchObject({ ratio: COVERAGE_TARGET, meetsTarget: true });
    const under = numbers({ deals: [...base, open('d', '2026-01-31', 59_998)], now });
    expect(under.coverage.meetsTarget).toBe(false);
  });
});

describe('activity this week: the rep’s own touches, Monday 00:00 to Monday 00:00 local', () => {
  it('counts calls, e-mails, meetings and notes of the ISO week, per deal; not signals', () => {
    // Wednesday 4 March 2026; the week runs into the US clock change (Sunday 8 March).
    const now = local(2026, 3, 4, 9);
    const activities = [
      touch('x', local(2026, 3, 1, 23, 59, 59, 999)), // Sunday before: out
      touch('x', local(2026, 3, 2, 0, 0)), // Monday 00:00: in
      touch('x', local(2026, 3, 3, 15), 'email'),
      touch('y', local(2026, 3, 5, 11), 'meeting'),
      touch('y', local(2026, 3, 6, 16), 'note'),
      touch('y', local(2026, 3, 8, 23, 30)), // Sunday 23:30, after the clock change: in
      touch('z', local(2026, 3, 4, 10), 'signal'), // the prospect's signal: out
      touch('z', local(2026, 3, 9, 0, 0)), // next Monday 00:00: out
    ];
    const n = numbers({ activities, now });
    expect(n.activity.count).toBe(2);
    expect(n.week).toMatchObject({ firstDay: '2026-03-02', lastDay: '2026-03-08' });
    expect(n.week.end).toBe(local(2026, 3, 9));
    expect(n.activity.value).toBe(5);
    expect(behind({ activities, now }, 'activity').items).toEqual([
      { dealId: 'y', amount: 3 },
      { dealId: 'x', amount: 2 },
    ]);
    expect(n.activity.goal).toBe(10);
  });

  it('a deal touched this week is named even when it is lost', () => {
    const lost = makeDeal({ id: 'l', title: 'Lost one', status: 'lost' }, 'sql');
    const over = { deals: [lost], activities: [touch('l', local(2026, 1, 14, 9))] };
    expect(numbers(over).activity.value).toBe(1);
    expect(behind(over, 'activity').deals).toMatchObject([{ id: 'l', title: 'Lost one', status: 'lost' }]);
    expect(weekSpan(local(2026, 1, 14, 9)).firstDay).toBe('2026-01-12');
  });
});
