import { formatTime } from './timeText';

/** A time as the value of an <input type="datetime-local"> (local time). */
export function toDateTimeInput(ms: number): string {
  return formatTime(ms, "yyyy-MM-dd'T'HH:mm", '');
}

/** A time as the value of an <input type="date"> (local day). */
export function toDateInput(ms: number): string {
  return formatTime(ms, 'yyyy-MM-dd', '');
}

/** Parse a datetime-local or date input value as local time; null when empty or invalid. */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

/** "Tue 3 Nov, 10:00" or "Tue 3 Nov" for a date-only step. */
export function formatDue(ms: number, hasTime: boolean): string {
  return formatTime(ms, hasTime ? 'EEE d MMM, HH:mm' : 'EEE d MMM');
}
