/**
 * `bucketFollowUp` works out the day's boundaries once per `now`, not once per call: a board
 * buckets every card's next step at the same `now` (100,000 at most), and three Dates per card
 * were most of a card view's garbage. Its answers are those of the boundaries worked out anew.
 */
import type * as dateFns from 'date-fns';
import { addDays, startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { bucketFollowUp } from './followups';

const calls = vi.hoisted(() => ({ startOfDay: 0 }));
vi.mock('date-fns', async (original) => {
  const real = await original<typeof dateFns>();
  return {
    ...real,
    startOfDay: (...args: Parameters<typeof real.startOfDay>) => {
      calls.startOfDay += 1;
      return real.startOfDay(...args);
    },
  };
});

/** The buckets as defined: the boundaries of `now`'s local day, worked out for this call. */
function expected(dueAt: number, hasTime: boolean, now: number) {
  const today = startOfDay(now);
  if (hasTime ? dueAt < now : dueAt < today.getTime()) return 'overdue';
  if (dueAt < addDays(today, 1).getTime()) return 'today';
  if (dueAt < addDays(today, 8).getTime()) return 'upcoming';
  return 'later';
}

describe('bucketFollowUp at one now', () => {
  it('works out the day once for a whole board’s cards', () => {
    const now = new Date(2026, 11, 6, 9, 30).getTime();
    calls.startOfDay = 0;
    for (let i = 0; i < 1_000; i++) bucketFollowUp(now + (i - 500) * 3_600_000, i % 2 === 0, now);
    expect(calls.startOfDay).toBe(1);
  });

  it('answers as the boundaries worked out anew, whatever the order of nows', () => {
    const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(time, fc.boolean(), time), { minLength: 1, maxLength: 30 }), (asks) => {
        for (const [dueAt, hasTime, now] of asks)
          expect(bucketFollowUp(dueAt, hasTime, now)).toBe(expected(dueAt, hasTime, now));
      }),
    );
  });
});
