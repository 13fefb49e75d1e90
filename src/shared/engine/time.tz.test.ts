// isPastPeriod against periodEnd, in each zone the calendar rules run in (tests/vitest.config.mts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Duration } from '../model';
import { DAY_MS, HOUR_MS, isPastPeriod, periodEnd } from './time';

/** 2026-03-08, New York's spring-forward day, and the autumn one: periods ending across them. */
const CLOCK_CHANGES = [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)];

const duration: fc.Arbitrary<Duration> = fc.oneof(
  fc.record({ unit: fc.constant<'days'>('days'), amount: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ unit: fc.constant<'days'>('days'), amount: fc.double({ min: -3, max: 40, noNaN: true }) }),
  fc.record({ unit: fc.constant<'hours'>('hours'), amount: fc.integer({ min: 0, max: 500 }) }),
);

/** Starts around the clock changes, anywhere in a few centuries, and at Date's own limits. */
const start: fc.Arbitrary<number> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...CLOCK_CHANGES), fc.integer({ min: -40 * DAY_MS, max: 40 * DAY_MS }))
    .map(([at, shift]) => at + shift),
  fc.integer({ min: -5e12, max: 5e12 }),
  fc.constantFrom(8.64e15 - DAY_MS, -8.64e15 + DAY_MS, 8.64e15, 9e15, -9e15, NaN),
);

/** Moments near the period's end (a few days either side, down to a millisecond) and anywhere. */
const nowNear = (from: number, d: Duration): fc.Arbitrary<number> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: -4 * DAY_MS, max: 4 * DAY_MS }), fc.constantFrom(0, 1, -1, HOUR_MS))
      .map(([shift, tiny]) => (periodEnd(from, d) || from) + shift + tiny),
    fc.integer({ min: -5e12, max: 5e12 }),
  );

describe('isPastPeriod', () => {
  it('answers now > periodEnd(from, d) for any start, period and moment', () => {
    fc.assert(
      fc.property(
        start.chain((from) => duration.chain((d) => nowNear(from, d).map((now) => ({ from, d, now })))),
        ({ from, d, now }) => {
          expect(isPastPeriod(from, d, now)).toBe(now > periodEnd(from, d));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts calendar days across a clock change, as periodEnd does', () => {
    // Seven calendar days from noon the day before New York springs forward.
    const from = new Date(2026, 2, 7, 12).getTime();
    const week: Duration = { unit: 'days', amount: 7 };
    const end = new Date(2026, 2, 14, 12).getTime();
    expect(isPastPeriod(from, week, end)).toBe(false);
    expect(isPastPeriod(from, week, end + 1)).toBe(true);
    expect(isPastPeriod(from, week, from + 7 * DAY_MS + 1)).toBe(from + 7 * DAY_MS + 1 > end);
  });
});
