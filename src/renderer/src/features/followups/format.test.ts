import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDue, fromInputs, toDateInput, toTimeInput } from './format';

describe('follow-up date inputs', () => {
  it('reads a local date and time as UTC ms', () => {
    expect(fromInputs('2026-11-03', '14:30')).toEqual({
      dueAt: new Date(2026, 10, 3, 14, 30).getTime(),
      hasTime: true,
    });
  });

  it('accepts seconds (a time input with a fine step)', () => {
    expect(fromInputs('2026-11-03', '14:30:05')?.dueAt).toBe(new Date(2026, 10, 3, 14, 30, 5).getTime());
  });

  it('stores a date without a time as local midnight, flagged as dated', () => {
    expect(fromInputs('2026-11-03', '')).toEqual({ dueAt: new Date(2026, 10, 3).getTime(), hasTime: false });
  });

  it('rejects dates and times that do not exist', () => {
    expect(fromInputs('2026-02-30', '')).toBeNull();
    expect(fromInputs('2026-11-03', '25:00')).toBeNull();
    expect(fromInputs('tomorrow', '')).toBeNull();
    expect(fromInputs('2026-11-03', '9am')).toBeNull();
  });

  it('round-trips any minute through the inputs (property)', () => {
    const start = new Date(2020, 0, 1).getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 * 24 * 60 }), (minutes) => {
        const ms = start + minutes * 60_000;
        const back = fromInputs(toDateInput(ms), toTimeInput(ms));
        // A wall-clock time skipped by a DST change maps to the next valid instant.
        expect(back?.hasTime).toBe(true);
        expect(toDateInput(back!.dueAt)).toBe(toDateInput(ms));
      }),
    );
  });

  it('shows the day only for dated follow-ups', () => {
    const ms = new Date(2026, 10, 3, 14, 30).getTime();
    expect(formatDue(ms, true)).toBe('Tue 3 Nov 2026, 14:30');
    expect(formatDue(new Date(2026, 10, 3).getTime(), false)).toBe('Tue 3 Nov 2026');
  });
});
