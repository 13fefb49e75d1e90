import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDue, fromLocalInput, toDateInput, toDateTimeInput } from './dateInput';

describe('date inputs', () => {
  it('round-trips local date-times to the minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const minute = Math.floor(ms / 60_000) * 60_000;
        const back = fromLocalInput(toDateTimeInput(minute));
        // DST gaps may shift a non-existent local time; everything else is exact.
        expect(Math.abs((back ?? 0) - minute)).toBeLessThanOrEqual(3_600_000);
      }),
    );
  });

  it('reads a date as local midnight and rejects junk', () => {
    const ms = fromLocalInput('2026-11-03');
    expect(ms).toBe(new Date(2026, 10, 3).getTime());
    expect(toDateInput(ms!)).toBe('2026-11-03');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('next tuesday')).toBeNull();
  });

  it('formats a due time with or without the time of day', () => {
    const ms = new Date(2026, 10, 3, 10, 5).getTime();
    expect(formatDue(ms, true)).toBe('Tue 3 Nov, 10:05');
    expect(formatDue(ms, false)).toBe('Tue 3 Nov');
  });
});
