// Issue 18, items 1, 3, 6 and 9b: when a deal is stale. Runs in UTC and America/New_York
// (tests/vitest.config.mts); every time below is built from local wall-clock dates.
import { addDays, startOfDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Deal, StageKind } from '../model';
import { freshLeadClock } from './followups';
import { isStale, type NextStep } from './stale';
import { makeDeal, stageOf, T0, wonOutcome } from './testing/fixtures';
import { HOUR_MS, MINUTE_MS } from './time';

const local = (m: number, d: number, h: number, min = 0) => new Date(2026, m - 1, d, h, min).getTime();

describe('the rules run in the intended time zone', () => {
  it('has TZ set by the test project', () => {
    const tz = process.env.TZ;
    expect(['UTC', 'America/New_York', 'Asia/Kolkata']).toContain(tz);
    // 8 March 2026 is the spring-forward day in New York: 23 hours long there, 24 in UTC and Kolkata.
    const dayLength = local(3, 9, 0) - local(3, 8, 0);
    expect(dayLength).toBe(tz === 'America/New_York' ? 23 * HOUR_MS : 24 * HOUR_MS);
  });
});

function idleDeal(kind: StageKind, since: number, extra: Partial<Deal> = {}): Deal {
  return makeDeal({ stageEnteredAt: since, lastActivityAt: since, ...extra }, kind);
}

describe('item 1: won deals in Closed Deal / Post-Sale can go stale; lost ones never', () => {
  // Post-Sale allows 14 days, Closed Deal 7; idle time counted in calendar days from T0 (January: no clock change).
  const won = { status: 'won' as const, outcome: wonOutcome() };
  const lost = {
    status: 'lost' as const,
    outcome: { kind: 'lost' as const, reason: 'Price', competitor: '', note: '' },
  };
  const cases: {
    name: string;
    kind: StageKind;
    deal: Partial<Deal>;
    days: number;
    handoffDone?: boolean;
    stale: boolean;
  }[] = [
    { name: 'won in Post-Sale, 15 days idle', kind: 'post-sale', deal: won, days: 15, stale: true },
    { name: 'won in Post-Sale, 13 days idle', kind: 'post-sale', deal: won, days: 13, stale: false },
    {
      name: 'won in Post-Sale, handoff done',
      kind: 'post-sale',
      deal: won,
      days: 30,
      handoffDone: true,
      stale: false,
    },
    {
      name: 'won in Post-Sale, paused',
      kind: 'post-sale',
      deal: { ...won, pausedUntil: addDays(T0, 40).getTime() },
      days: 30,
      stale: false,
    },
    { name: 'won in Closed Deal, 8 days idle', kind: 'closed', deal: won, days: 8, stale: true },
    {
      name: 'won in Closed Deal, handoff done',
      kind: 'closed',
      deal: won,
      days: 8,
      handoffDone: true,
      stale: false,
    },
    { name: 'lost in Closed Deal, 30 days idle', kind: 'closed', deal: lost, days: 30, stale: false },
    {
      name: 'disqualified in Lead Generation',
      kind: 'lead-generation',
      deal: { status: 'disqualified', outcome: { kind: 'disqualified', reason: 'Other', feedback: '' } },
      days: 30,
      stale: false,
    },
    { name: 'open in Lead Nurturing, 15 days idle', kind: 'nurturing', deal: {}, days: 15, stale: true },
  ];
  it.each(cases)('$name → stale: $stale', (c) => {
    const deal = idleDeal(c.kind, T0, c.deal);
    const now = addDays(T0, c.days).getTime();
    expect(
      isStale({ deal, stage: stageOf(c.kind), now, nextStep: null, handoffDone: c.handoffDone ?? false })
        .stale,
    ).toBe(c.stale);
  });
});

describe('item 3: day periods are calendar days in the local zone; hour periods are real hours', () => {
  // Nurturing: 14 days; Lead Generation: 7 days; SAL set to 48 hours.
  const sal48 = { ...stageOf('sal'), staleAfter: { amount: 48, unit: 'hours' as const } };
  const cases: { name: string; kind: StageKind | 'sal48'; since: number; now: number; stale: boolean }[] = [
    // Across spring-forward (NY: 8 Mar): 14 calendar days end 15 Mar 10:00 local (in NY only 335 real hours).
    {
      name: '14 days from 1 Mar 10:00, at 15 Mar 09:30',
      kind: 'nurturing',
      since: local(3, 1, 10),
      now: local(3, 15, 9, 30),
      stale: false,
    },
    {
      name: '14 days from 1 Mar 10:00, at 15 Mar 10:30',
      kind: 'nurturing',
      since: local(3, 1, 10),
      now: local(3, 15, 10, 30),
      stale: true,
    },
    // Across fall-back (NY: 1 Nov): 7 calendar days end 1 Nov 10:00 local (in NY 169 real hours).
    {
      name: '7 days from 25 Oct 10:00, at 1 Nov 09:30',
      kind: 'lead-generation',
      since: local(10, 25, 10),
      now: local(11, 1, 9, 30),
      stale: false,
    },
    {
      name: '7 days from 25 Oct 10:00, at 1 Nov 10:30',
      kind: 'lead-generation',
      since: local(10, 25, 10),
      now: local(11, 1, 10, 30),
      stale: true,
    },
    // Hour periods: 48 real hours, whatever the wall clock says.
    {
      name: '48 h from 7 Mar 10:00, one minute short',
      kind: 'sal48',
      since: local(3, 7, 10),
      now: local(3, 7, 10) + 48 * HOUR_MS - MINUTE_MS,
      stale: false,
    },
    {
      name: '48 h from 7 Mar 10:00, one minute over',
      kind: 'sal48',
      since: local(3, 7, 10),
      now: local(3, 7, 10) + 48 * HOUR_MS + MINUTE_MS,
      stale: true,
    },
  ];
  it.each(cases)('$name → stale: $stale', (c) => {
    const stage = c.kind === 'sal48' ? sal48 : stageOf(c.kind);
    const deal = idleDeal(c.kind === 'sal48' ? 'sal' : c.kind, c.since);
    expect(isStale({ deal, stage, now: c.now, nextStep: null }).stale).toBe(c.stale);
  });
});

describe('item 6: a next step due today counts as planned', () => {
  // SAL allows 3 days; the deal has been idle 5. "now" is 15:00 on the spring-forward day.
  const now = local(3, 8, 15);
  const today = startOfDay(now).getTime();
  const deal = idleDeal('sal', addDays(now, -5).getTime());
  const cases: { name: string; step: NextStep | null; stale: boolean }[] = [
    { name: 'no next step', step: null, stale: true },
    {
      name: 'date-only, due today (stored at local midnight)',
      step: { dueAt: today, hasTime: false },
      stale: false,
    },
    {
      name: 'date-only, due yesterday',
      step: { dueAt: addDays(today, -1).getTime(), hasTime: false },
      stale: true,
    },
    {
      name: 'date-only, due tomorrow',
      step: { dueAt: addDays(today, 1).getTime(), hasTime: false },
      stale: false,
    },
    { name: 'timed, today 17:00', step: { dueAt: local(3, 8, 17), hasTime: true }, stale: false },
    {
      name: 'timed, today 09:00 (already missed)',
      step: { dueAt: local(3, 8, 9), hasTime: true },
      stale: true,
    },
  ];
  it.each(cases)('$name → stale: $stale', (c) => {
    expect(isStale({ deal, stage: stageOf('sal'), now, nextStep: c.step }).stale).toBe(c.stale);
  });
});

describe('item 9b (decided): a next step further away than the stage period does not hide staleness', () => {
  // Nurturing allows 14 days; the deal has been idle 20. A planned step must fall within 14
  // calendar days from now; a deliberate longer wait is a pause (with a note).
  const now = local(3, 2, 15);
  const deal = idleDeal('nurturing', addDays(now, -20).getTime());
  const day = (n: number): NextStep => ({ dueAt: startOfDay(addDays(now, n)).getTime(), hasTime: false });
  const cases: { name: string; step: NextStep; stale: boolean }[] = [
    { name: 'in 10 days', step: day(10), stale: false },
    { name: 'in 14 days (the last day of the period)', step: day(14), stale: false },
    { name: 'in 15 days', step: day(15), stale: true },
    { name: 'in 3 months', step: day(90), stale: true },
  ];
  it.each(cases)('$name → stale: $stale', (c) => {
    expect(isStale({ deal, stage: stageOf('nurturing'), now, nextStep: c.step }).stale).toBe(c.stale);
  });

  it('a pause hides it instead', () => {
    const paused = { ...deal, pausedUntil: addDays(now, 90).getTime() };
    expect(isStale({ deal: paused, stage: stageOf('nurturing'), now, nextStep: day(90) }).stale).toBe(false);
  });
});

describe('item 3: a fresh-lead clock in days counts calendar days too', () => {
  // MQL with a 1-day cadence, entered 7 Mar 10:00 local; the spring-forward night lies between.
  const mql = { ...stageOf('mql'), cadence: { amount: 1, unit: 'days' as const } };
  const deal = idleDeal('mql', local(3, 7, 10));
  it.each([
    { at: local(3, 8, 9, 30), overdue: false },
    { at: local(3, 8, 10, 30), overdue: true },
  ])('at $at → overdue $overdue', (c) => {
    expect(freshLeadClock(deal, mql, c.at)?.overdue).toBe(c.overdue);
  });
});
