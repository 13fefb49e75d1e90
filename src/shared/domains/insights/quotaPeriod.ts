import {
  addMonths,
  addQuarters,
  addWeeks,
  format,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
} from 'date-fns';
import type { QuotaPeriod } from '../../model';

/**
 * A calendar span in the rep's local time zone (the machine's, as every date rule of the app):
 * [start, end) in ms, and its first and last local days as `YYYY-MM-DD` — how date-only fields
 * (a won deal's signed date, an expected close) are compared with it.
 */
export interface CalendarSpan {
  start: number;
  /** Exclusive: the next span's start (local midnight, whatever the clock changes in between). */
  end: number;
  firstDay: string;
  lastDay: string;
}

export interface QuotaSpan extends CalendarSpan {
  kind: QuotaPeriod;
  /** "November 2026", "Q4 2026". */
  label: string;
}

/** The local calendar day of a moment, `YYYY-MM-DD`. */
function localDay(ms: number): string {
  return format(ms, 'yyyy-MM-dd');
}

function span(start: Date, next: Date): CalendarSpan {
  return {
    start: start.getTime(),
    end: next.getTime(),
    firstDay: localDay(start.getTime()),
    // The last day is the day before the next span's first: local midnight minus one ms.
    lastDay: localDay(next.getTime() - 1),
  };
}

/** The quota month or quarter holding `now`, in local time. */
export function quotaSpan(kind: QuotaPeriod, now: number): QuotaSpan {
  const start = kind === 'month' ? startOfMonth(now) : startOfQuarter(now);
  const next = kind === 'month' ? addMonths(start, 1) : addQuarters(start, 1);
  const label = kind === 'month' ? format(start, 'MMMM yyyy') : format(start, 'QQQ yyyy');
  return { kind, label, ...span(start, next) };
}

/** The ISO week (Monday 00:00 local to the next Monday) holding `now`. */
export function weekSpan(now: number): CalendarSpan {
  const start = startOfISOWeek(now);
  return span(start, addWeeks(start, 1));
}

/** Whether a date-only value (`YYYY-MM-DD`) falls on a day of the span. */
export function dayIn(
  day: string | null | undefined,
  s: Pick<CalendarSpan, 'firstDay' | 'lastDay'>,
): boolean {
  return !!day && day >= s.firstDay && day <= s.lastDay;
}
