import { format, isValid } from 'date-fns';

/** What a view shows for a stored time that JavaScript's Date cannot represent. */
export const UNKNOWN_TIME = 'unknown date';

/**
 * A stored time as text in the rep's local time. The store refuses out-of-range times now, but an
 * older database may still hold one (9e15, 2^53) that Date cannot show: date-fns would throw a
 * RangeError and blank the view, so such a time reads as `fallback` instead.
 */
export function formatTime(ms: number, pattern: string, fallback: string = UNKNOWN_TIME): string {
  return isValid(ms) ? format(ms, pattern) : fallback;
}

/** The machine-readable form for `<time dateTime>`; undefined (attribute left out) when Date cannot show it. */
export function isoTime(ms: number): string | undefined {
  return isValid(ms) ? new Date(ms).toISOString() : undefined;
}
