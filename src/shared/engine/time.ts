import { addDays, format } from 'date-fns';
import type { Duration } from '../model';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export function durationMs(d: Duration): number {
  return d.amount * (d.unit === 'hours' ? HOUR_MS : DAY_MS);
}

/** "24 h", "3 days", "1 day" — how a stage's period reads in the UI. */
export function formatDurationSetting(d: Duration): string {
  if (d.unit === 'hours') return `${d.amount} h`;
  return d.amount === 1 ? '1 day' : `${d.amount} days`;
}

/** A length of time, coarsely: "52 min", "5 h", "1 day", "16 days". */
export function formatElapsed(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < HOUR_MS) return `${Math.floor(safe / MINUTE_MS)} min`;
  if (safe < DAY_MS) return `${Math.floor(safe / HOUR_MS)} h`;
  const days = Math.floor(safe / DAY_MS);
  return days === 1 ? '1 day' : `${days} days`;
}

/** Elapsed time in a period's own unit, for "30 h / 48 h" comparisons. */
export function formatElapsedAs(ms: number, unit: Duration['unit']): string {
  const safe = Math.max(0, ms);
  if (unit === 'days' || safe < HOUR_MS) return formatElapsed(safe);
  return `${Math.floor(safe / HOUR_MS)} h`;
}

/** "just now", "52 min ago", "5 h ago", "3 days ago". */
export function formatAgo(ms: number): string {
  if (ms < MINUTE_MS) return 'just now';
  return `${formatElapsed(ms)} ago`;
}

/**
 * The moment a period that started at `from` runs out. Hour periods are real hours; day
 * periods are calendar days in the rep's (local) time zone, so a 14-day period started at
 * 10:00 ends at 10:00 on the 14th day even across a clock change (like cadences).
 */
export function periodEnd(from: number, d: Duration): number {
  if (d.unit === 'hours') return from + d.amount * HOUR_MS;
  return addDays(from, d.amount).getTime();
}

/**
 * `YYYY-MM-DD` of the calendar day holding `ms` in the machine's time zone: the rep's own day
 * (a signed date, a note's date), never the UTC one, which is already tomorrow on an American evening.
 */
export function localIsoDate(ms: number): string {
  return format(ms, 'yyyy-MM-dd');
}
