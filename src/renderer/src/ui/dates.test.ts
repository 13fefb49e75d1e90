import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDayRange,
  formatDue,
  formatTimeOfDay,
  formatWeekday,
  fromInputs,
  fromLocalInput,
  localeWeekStart,
  toDateInput,
  toDateTimeInput,
  toTimeInput,
} from './dates';

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

  it('refuses a date that does not exist, as the follow-up inputs do (31 February)', () => {
    expect(fromLocalInput('2026-02-31')).toBeNull();
    expect(fromLocalInput('2026-02-31T10:00')).toBeNull();
    expect(fromLocalInput('2026-11-03T25:00')).toBeNull();
  });
});

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
    expect(formatDue(ms, true, 'en-GB')).toBe('Tue, 3 Nov 2026, 14:30');
    expect(formatDue(ms, true, 'en-US')).toBe('Tue, Nov 3, 2026, 2:30 PM');
    expect(formatDue(new Date(2026, 10, 3).getTime(), false, 'en-GB')).toBe('Tue, 3 Nov 2026');
  });
});

describe('the week calendar’s dates, in the locale', () => {
  const tuesday = new Date(2026, 10, 3, 14, 30).getTime();

  it('names a column’s day without the year, and a time of day alone', () => {
    // ICU versions differ on the comma after the weekday; the parts and their order do not.
    expect(formatWeekday(tuesday, 'en-GB')).toMatch(/^Tue,?\s3\sNov$/);
    expect(formatWeekday(tuesday, 'en-US')).toMatch(/^Tue,\sNov\s3$/);
    expect(formatTimeOfDay(tuesday, 'en-GB')).toBe('14:30');
    expect(formatTimeOfDay(tuesday, 'en-US')).toMatch(/^2:30\sPM$/);
  });

  it('writes a week as one span, the shared month and year once', () => {
    const from = new Date(2026, 10, 2).getTime();
    const to = new Date(2026, 10, 8).getTime();
    expect(formatDayRange(from, to, 'en-GB')).toMatch(/^Mon,?\s2\sNov\s–\sSun,?\s8\sNov\s2026$/);
    expect(formatDayRange(from, to, 'en-US')).toMatch(/^Mon, Nov 2\s–\sSun, Nov 8, 2026$/);
  });

  it('reads a time Date cannot show as unknown instead of throwing', () => {
    expect(formatWeekday(9e15)).toBe('unknown date');
    expect(formatTimeOfDay(Number.NaN)).toBe('unknown date');
    expect(formatDayRange(0, 9e15)).toBe('unknown date');
  });

  it('starts the week where the locale does: Monday in Britain, Sunday in the US, Saturday in Egypt', () => {
    expect(localeWeekStart('en-GB')).toBe(1);
    expect(localeWeekStart('en-US')).toBe(0);
    expect(localeWeekStart('ar-EG')).toBe(6);
  });

  it('falls back to Monday for a locale tag it cannot read', () => {
    expect(localeWeekStart('not a locale!')).toBe(1);
  });
});
