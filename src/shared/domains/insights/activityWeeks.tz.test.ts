import { describe, expect, it } from 'vitest';
import type { ActivityType } from '../../model';
import { activityByWeek, isoWeekLabel, weekBuckets, type DayCount } from './activityWeeks';
import { dayOf, dayStart, mondayOf } from './period';

// Weeks of the rep's calendar: runs in every zone of tests/vitest.config.mts, with local times
// built by the local Date constructor. Tuesday 30 June 2026 is in ISO week 27.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const day = (m: number, d: number, h = 12) => dayOf(local(2026, m, d, h));
const today = day(6, 30);
const from = day(6, 10); // a Wednesday in week 24
const one = (d: number, type: ActivityType = 'call', count = 1): DayCount => ({ day: d, type, count });
const counts = [
  one(day(6, 9)), // before the period
  one(day(6, 10), 'email'),
  one(day(6, 14), 'meeting'), // Sunday: still week 24
  one(day(6, 15)), // Monday: week 25
  one(day(6, 30), 'note', 2), // today
  one(day(7, 1)), // after today, in the current week: shown
  one(day(7, 6)), // next week: not shown
];
const pick = (rows: ReturnType<typeof activityByWeek>) => rows.map((r) => [r.week, r.total]);

describe(`activity per ISO week (local calendar, ${Intl.DateTimeFormat().resolvedOptions().timeZone}) and type`, () => {
  it('all time from a stored time before 1970 (an older database) starts at 1970, never hangs', () => {
    const weeksSince1970 = Math.ceil(today / 7) + 1;
    for (const earliest of [dayOf(-8e15), -1, Number.NaN]) {
      const buckets = weekBuckets(null, earliest, today);
      expect(buckets.length).toBeLessThanOrEqual(weeksSince1970);
      if (buckets.length > 0) expect(buckets[0]!.firstDay).toBe(0);
    }
    expect(weekBuckets(null, -100, today).length).toBeGreaterThan(0);
  });

  it("counts the period's activities per week and type, empty weeks as zeros", () => {
    const rows = activityByWeek(counts, from, today);
    expect(pick(rows)).toEqual([
      ['2026-W24', 2],
      ['2026-W25', 1],
      ['2026-W26', 0],
      ['2026-W27', 3],
    ]);
    expect(rows[0]!.start).toBe(local(2026, 6, 8)); // Monday 8 June, 00:00 local
    expect(rows[0]!.byType).toEqual({ call: 0, email: 1, meeting: 1, note: 0, signal: 0 });
    expect(rows[3]!.byType.note).toBe(2);
    for (const r of rows) expect(Object.values(r.byType).reduce((a, b) => a + b, 0)).toBe(r.total);
  });

  it('for all time starts at the week of the earliest activity; weekly counts dated by their Monday read the same', () => {
    expect(pick(activityByWeek(counts, null, today))[0]).toEqual(['2026-W24', 3]);
    const weekly = counts.map((c) => ({ ...c, day: mondayOf(c.day) }));
    expect(activityByWeek(weekly, null, today)).toEqual(activityByWeek(counts, null, today));
    expect(activityByWeek([], null, today)).toEqual([]);
  });

  it('weeks are contiguous, start at the period and end with the current week', () => {
    const buckets = weekBuckets(from, null, today);
    expect(buckets.map((b) => b.week)).toEqual(['2026-W24', '2026-W25', '2026-W26', '2026-W27']);
    expect(buckets[0]!.firstDay).toBe(from);
    expect(buckets[3]!.lastDay).toBe(day(7, 5)); // Sunday
    buckets.slice(1).forEach((b, i) => expect(b.firstDay).toBe(buckets[i]!.lastDay + 1));
    expect(weekBuckets(null, null, today)).toEqual([]);
  });

  it('labels weeks by ISO week-numbering year', () => {
    expect(isoWeekLabel(local(2027, 1, 1, 12))).toBe('2026-W53');
    expect(isoWeekLabel(local(2025, 12, 29, 12))).toBe('2026-W01');
    expect(isoWeekLabel(local(2026, 6, 30))).toBe('2026-W27');
    expect(isoWeekLabel(local(2021, 1, 3, 23))).toBe('2020-W53');
  });

  it("puts a late Sunday call and an early Monday call in the rep's own weeks, whatever the UTC date", () => {
    const sunday = one(dayOf(local(2026, 6, 14, 23, 30)));
    const monday = one(dayOf(local(2026, 6, 15, 0, 30)), 'email');
    const rows = activityByWeek([sunday, monday], from, today);
    expect(pick(rows).slice(0, 2)).toEqual([
      ['2026-W24', 1],
      ['2026-W25', 1],
    ]);
    expect(rows[1]!.byType.email).toBe(1);
  });

  it('days start at local midnight, also across a clock change', () => {
    for (const [m, d] of [
      [3, 8], // a Sunday: clocks go forward in New York
      [3, 29], // clocks go forward in Europe
      [11, 1], // clocks go back in New York
      [6, 30],
    ] as const) {
      const start = local(2026, m, d);
      expect(dayStart(dayOf(start))).toBe(start);
      expect(dayOf(start - 1)).toBe(dayOf(start) - 1);
      expect(dayOf(local(2026, m, d, 23, 59))).toBe(dayOf(start));
    }
  });
});
