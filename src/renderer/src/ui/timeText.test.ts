import { describe, expect, it } from 'vitest';
import type { DealExportRow } from '../../../shared/domains/deals/contract';
import { dealRowsToCsv } from '../features/data/exportCsv';
import * as dates from './dates';
import { formatTime, isoTime, UNKNOWN_TIME } from './timeText';

// Times an older database may already hold: beyond what Date can show (RangeError in date-fns
// and toISOString), not a number at all, or far outside the range the store now accepts.
const UNSHOWABLE = [9e15, Number.MAX_SAFE_INTEGER, -9e15, Number.NaN, Number.POSITIVE_INFINITY];

describe('stored times as text, never a RangeError during render', () => {
  it('formats a real time and falls back for one Date cannot show', () => {
    const at = new Date(2026, 10, 3, 14, 30).getTime();
    expect(formatTime(at, 'yyyy-MM-dd HH:mm')).toBe('2026-11-03 14:30');
    expect(isoTime(at)).toBe(new Date(at).toISOString());
    for (const ms of UNSHOWABLE) {
      expect(formatTime(ms, 'yyyy-MM-dd')).toBe(UNKNOWN_TIME);
      expect(formatTime(ms, 'yyyy-MM-dd', '')).toBe('');
      expect(isoTime(ms)).toBeUndefined();
    }
  });

  it('every renderer date formatter survives an unshowable stored time', () => {
    for (const ms of UNSHOWABLE) {
      for (const hasTime of [true, false]) {
        expect(dates.formatDue(ms, hasTime)).toBe(UNKNOWN_TIME);
        expect(dates.dueDateTime(ms, hasTime)).toBeUndefined();
        expect(dates.formatDue(ms, hasTime)).toBe(UNKNOWN_TIME);
      }
      // Form inputs start empty rather than with text the input cannot take.
      expect(dates.toDateInput(ms)).toBe('');
      expect(dates.toTimeInput(ms)).toBe('');
      expect(dates.toDateInput(ms)).toBe('');
      expect(dates.toDateTimeInput(ms)).toBe('');
    }
  });

  it('a deal export with an unshowable next step still writes every row', () => {
    const row: DealExportRow = {
      title: 'Acme',
      companyName: 'Acme',
      contactName: '',
      email: '',
      phone: '',
      stageName: 'Lead',
      status: 'open',
      value: 1,
      currency: 'USD',
      weightedValue: 1,
      score: 0,
      source: 'event',
      expectedClose: null,
      nextStepAt: 9e15,
      daysInStage: 0,
    };
    const csv = dealRowsToCsv([row]);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});
