/**
 * The period decomposition (levels.ts): for any period start and any today, the buckets a
 * period reads count every day from the start on exactly once and no day before it — for
 * activities (days, then weeks) and for the other dated kinds (days, weeks, then months) —
 * across month and year ends and leap years; each is within the ranges the store reads, and
 * a period costs few buckets per key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketsOf, inPlan, monthOf, monthStart, periodPlan, rangesToRead, type DayRange } from './levels';
import { DAY, dayOf } from './period';

const dayAt = (y: number, m: number, d: number) => dayOf(Date.UTC(y, m - 1, d));
/** Days from 1899 to 2401: centuries that are and are not leap years, and days before 1970. */
const anyDay = fc.integer({ min: dayAt(1899, 1, 1), max: dayAt(2401, 12, 31) });
const KINDS = ['outcome', 'activity'] as const;

/** The buckets of a day that the period sums, for one kind. */
const counted = (kind: string, day: number, from: number | null) => {
  const plan = periodPlan(from);
  return bucketsOf(kind, day).filter((b) => inPlan({ kind, day: b }, plan));
};
const within = (ranges: readonly DayRange[], day: number) => ranges.some((r) => r.from <= day && day < r.to);

describe('calendar months', () => {
  it('start on the 1st and hold every one of their days', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const month = monthOf(day);
        expect(new Date(monthStart(month) * DAY).getUTCDate()).toBe(1);
        expect(monthStart(month)).toBeLessThanOrEqual(day);
        expect(monthStart(month + 1)).toBeGreaterThan(day);
      }),
    );
  });

  it('have their lengths across leap years and year ends', () => {
    const length = (y: number, m: number) => monthStart(monthOf(dayAt(y, m, 1)) + 1) - dayAt(y, m, 1);
    expect([length(2024, 2), length(2000, 2), length(1900, 2), length(2100, 2), length(2026, 2)]).toEqual([
      29, 29, 28, 28, 28,
    ]);
    expect(monthStart(monthOf(dayAt(2026, 12, 31)) + 1)).toBe(dayAt(2027, 1, 1));
    expect(monthStart(monthOf(dayAt(1969, 12, 31)) + 1)).toBe(dayAt(1970, 1, 1));
  });
});

describe('a period read from the rollups', () => {
  it('counts every day from its start on exactly once, and none before (property)', () => {
    fc.assert(
      fc.property(anyDay, fc.nat(800), (from, length) => {
        const today = from + length;
        const plan = periodPlan(from);
        const read = rangesToRead(plan);
        const wrong: string[] = [];
        for (const kind of KINDS)
          for (let day = from - 40; day <= today + 40; day++) {
            const buckets = bucketsOf(kind, day).filter((b) => inPlan({ kind, day: b }, plan));
            if (buckets.length !== (day >= from ? 1 : 0) || !buckets.every((b) => within(read, b)))
              wrong.push(`${kind} on day ${day}: ${buckets.join(', ')}`);
          }
        expect(wrong, `period from day ${from}`).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('over all time counts every day exactly once (property)', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const read = rangesToRead(periodPlan(null));
        for (const kind of KINDS) {
          const buckets = counted(kind, day, null);
          expect(buckets).toHaveLength(1);
          expect(within(read, buckets[0]!)).toBe(true);
        }
      }),
    );
  });

  it('costs per key at most 16 buckets besides its whole months (activities: 6 besides its weeks)', () => {
    fc.assert(
      fc.property(anyDay, fc.nat(800), (from, length) => {
        const today = from + length;
        const plan = periodPlan(from);
        const used = (kind: string) => {
          const buckets = new Set<number>();
          for (let day = from; day <= today; day++)
            for (const b of bucketsOf(kind, day)) if (inPlan({ kind, day: b }, plan)) buckets.add(b);
          return buckets.size;
        };
        const months = monthOf(today) - monthOf(from) + 1;
        const weeks = Math.floor(length / 7) + 2;
        expect(used('outcome')).toBeLessThanOrEqual(16 + months);
        expect(used('activity')).toBeLessThanOrEqual(6 + weeks);
      }),
      { numRuns: 100 },
    );
  });

  it('reads a period from Sunday 31 December 2023 as that day, then whole months', () => {
    const plan = periodPlan(dayAt(2023, 12, 31));
    expect(plan.dated).toEqual([
      { from: dayAt(2023, 12, 31), to: dayAt(2024, 1, 1) },
      { from: expect.any(Number), to: expect.any(Number) },
    ]);
    expect(counted('outcome', dayAt(2024, 2, 29), dayAt(2023, 12, 31))).toEqual(
      bucketsOf('outcome', dayAt(2024, 2, 29)).slice(2, 3),
    );
  });
});
