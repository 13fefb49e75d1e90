/**
 * Dates in the renderer, one way each: one formatter for days and times shown to the rep (in
 * the OS locale: "Tue, 3 Nov 2026, 14:30" in Britain, "Tue, Nov 3, 2026, 2:30 PM" in the US),
 * one strict parser for what a rep types into date and time inputs, and the input values. A
 * stored time Date cannot show reads "unknown date" instead of throwing during render.
 */
import { isValid } from 'date-fns';
import { formatTime, isoTime, UNKNOWN_TIME } from './timeText';

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
/** The shapes dates take on screen: a day, a day and time, a calendar column's day, a time of day. */
const SHAPES = {
  day: DAY,
  dayTime: { ...DAY, ...TIME },
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
  time: TIME,
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Shape = keyof typeof SHAPES;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, shape: Shape): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${shape}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, SHAPES[shape]);
    formats.set(key, made);
  }
  return made;
}

/**
 * THE formatter: a day, or a day and time, in local time and the OS locale. `locale` is for
 * tests; the app always passes none.
 */
export function formatWhen(ms: number, withTime: boolean, locale?: string): string {
  return isValid(ms) ? formatter(locale, withTime ? 'dayTime' : 'day').format(ms) : UNKNOWN_TIME;
}

/** A calendar column's day, short ("Tue, 3 Nov"); the same formatter, without the year. */
export function formatWeekday(ms: number, locale?: string): string {
  return isValid(ms) ? formatter(locale, 'weekday').format(ms) : UNKNOWN_TIME;
}

/** A time of day alone ("14:30", "2:30 PM"), for a calendar entry under its day. */
export function formatTimeOfDay(ms: number, locale?: string): string {
  return isValid(ms) ? formatter(locale, 'time').format(ms) : UNKNOWN_TIME;
}

/** A span of days ("2 – 8 Nov 2026"), written once where the ends share a month or year. */
export function formatDayRange(from: number, to: number, locale?: string): string {
  if (!isValid(from) || !isValid(to)) return UNKNOWN_TIME;
  return formatter(locale, 'day').formatRange(from, to);
}

/**
 * The first day of the week in the OS locale, as date-fns counts it (0 Sunday … 6 Saturday);
 * Monday when the engine cannot tell (Intl.Locale week info is recent).
 */
export function localeWeekStart(locale?: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  try {
    const tag = locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;
    const info = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
    // Intl counts 1 Monday … 7 Sunday.
    if (firstDay !== undefined && firstDay >= 1 && firstDay <= 7)
      return (firstDay % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  } catch {
    // An unknown locale tag: fall through.
  }
  return 1;
}

/** When something is due: with its time, or just the day when it has none. */
export function formatDue(dueAt: number, hasTime: boolean, locale?: string): string {
  return formatWhen(dueAt, hasTime, locale);
}

/** The machine-readable form for `<time dateTime>`. */
export function dueDateTime(dueAt: number, hasTime: boolean): string | undefined {
  return hasTime ? isoTime(dueAt) : formatTime(dueAt, 'yyyy-MM-dd', '') || undefined;
}

/** `yyyy-MM-dd` of the local day, for `<input type="date">`. */
export function toDateInput(ms: number): string {
  return formatTime(ms, 'yyyy-MM-dd', '');
}

/** `HH:mm` local, for `<input type="time">`. */
export function toTimeInput(ms: number): string {
  return formatTime(ms, 'HH:mm', '');
}

/** A time as the value of an `<input type="datetime-local">` (local time). */
export function toDateTimeInput(ms: number): string {
  return formatTime(ms, "yyyy-MM-dd'T'HH:mm", '');
}

/**
 * THE parser: a local date (and optional local time, `HH:mm` or `HH:mm:ss`) as UTC ms. Without
 * a time the moment is local midnight of that day, flagged as dated. Null when the date is not
 * a real calendar date (31 February) or the time is not a real time.
 */
export function fromInputs(date: string, time: string): { dueAt: number; hasTime: boolean } | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!d) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (time.trim() && !t) return null;
  const hours = t ? Number(t[1]) : 0;
  const minutes = t ? Number(t[2]) : 0;
  const seconds = t?.[3] ? Number(t[3]) : 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const local = new Date(year, month - 1, day, hours, minutes, seconds, 0);
  if (local.getFullYear() !== year || local.getMonth() !== month - 1 || local.getDate() !== day) return null;
  return { dueAt: local.getTime(), hasTime: t !== null };
}

/** A `date` or `datetime-local` input value, read by the same strict parser; null when empty or not real. */
export function fromLocalInput(value: string): number | null {
  const [date = '', time = ''] = value.split('T');
  return fromInputs(date, time)?.dueAt ?? null;
}
