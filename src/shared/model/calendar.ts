// The calendar's bounds and checks, zod-free: common.ts builds its schemas from them.

/**
 * The range of time Fieldline accepts: 1970 up to (not including) 2200. Anything outside is a
 * typo or an attack, and a time JavaScript's Date cannot show (9e15, 2^53) would blank every
 * view that formats it.
 */
export const MIN_TIME = 0;
export const MAX_TIME = Date.UTC(2200, 0, 1);
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** True when year-month-day is a day of the calendar (no 30 February, no month 13), any year. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for a real calendar day `YYYY-MM-DD` between MIN_YEAR and MAX_YEAR: the one rule for every date-only field. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= MIN_YEAR && year <= MAX_YEAR && isCalendarDay(year, month, day);
}
