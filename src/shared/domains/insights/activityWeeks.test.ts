import { describe, expect, it } from 'vitest';
import { MIN_TIME } from '../../model';
import { activityByWeek, isoWeekLabel, weekBuckets, weeksFromCounts } from './activityWeeks';

// Local time, like the chart. Tuesday 30 June 2026 is in ISO week 27.
const at = (m: number, d: number, h: number) => new Date(2026, m - 1, d, h).getTime();
const now = at(6, 30, 12);
const from = at(6, 10, 12); // a Wednesday in week 24
const times = [
  at(6, 9, 10), // before the period
  at(6, 10, 13),
  at(6, 14, 23), // Sunday: still week 24
  at(6, 15, 0), // Monday: week 25
  at(6, 30, 11),
  now, // the period includes now
  at(7, 1, 9), // after now
];
const pick = (rows: ReturnType<typeof activityByWeek>) => rows.map((r) => [r.week, r.total]);

describe('activity per ISO week', () => {
  it('all time from a stored time before 1970 (an older database) starts at 1970, never hangs', () => {
    const weeksSince1970 = Math.ceil((now - MIN_TIME) / (7 * 24 * 3600 * 1000)) + 1;
    for (const earliest of [-8e15, -1e12, -1, Number.NaN, -9e15]) {
      const buckets = weekBuckets(null, earliest, now);
      expect(buckets.length).toBeLessThanOrEqual(weeksSince1970);
      if (buckets.length > 0) expect(buckets[0]!.lower).toBe(MIN_TIME);
    }
    expect(weekBuckets(null, -1e12, now).length).toBeGreaterThan(0);
  });

  it("counts the period's activities per week, empty weeks as zeros", () => {
    const rows = activityByWeek(times, from, now);
    expect(pick(rows)).toEqual([
      ['2026-W24', 2],
      ['2026-W25', 1],
      ['2026-W26', 0],
      ['2026-W27', 2],
    ]);
    expect(rows[0]!.start).toBe(at(6, 8, 0));
  });

  it('for all time starts at the week of the earliest activity', () => {
    expect(pick(activityByWeek(times, null, now))[0]).toEqual(['2026-W24', 3]);
    expect(activityByWeek([], null, now)).toEqual([]);
  });

  it('buckets are contiguous, start at the period and end just after now (what the store counts by index)', () => {
    const buckets = weekBuckets(from, null, now);
    expect(buckets.map((b) => b.week)).toEqual(['2026-W24', '2026-W25', '2026-W26', '2026-W27']);
    expect(buckets[0]!.lower).toBe(from);
    expect(buckets[3]!.upper).toBe(now + 1);
    buckets.slice(1).forEach((b, i) => expect(b.lower).toBe(buckets[i]!.upper));
    // Counting each bucket [lower, upper) gives the same rows as counting the times.
    const counts = buckets.map((b) => times.filter((t) => t >= b.lower && t < b.upper).length);
    expect(weeksFromCounts(buckets, counts)).toEqual(activityByWeek(times, from, now));
    expect(weekBuckets(null, null, now)).toEqual([]);
  });

  it('labels weeks by ISO week-numbering year', () => {
    expect(isoWeekLabel(new Date(2027, 0, 1, 12).getTime())).toBe('2026-W53');
    expect(isoWeekLabel(new Date(2025, 11, 29, 12).getTime())).toBe('2026-W01');
  });
});
