import { addDays, addWeeks, isSameDay, set, startOfDay, startOfWeek } from 'date-fns';
import { bucketFollowUp } from '../../../../shared/engine';
import type { AgendaItem } from '../../../../shared/domains/followUps/contract';
import { toDateInput } from '../../ui/dates';

/** date-fns's first day of the week: 0 Sunday … 6 Saturday. */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One follow-up in its calendar cell. */
export interface WeekEntry {
  item: AgendaItem;
  /** Past due at `now` (a dated follow-up only once its whole day has gone). */
  overdue: boolean;
}

/** One column of the week: a local calendar day and the follow-ups due on it. */
export interface WeekDay {
  /** `yyyy-MM-dd` of the local day: the day's id (sorts in calendar order). */
  key: string;
  /** Local midnight of the day. */
  start: number;
  isToday: boolean;
  /** Dated follow-ups (no time of day) first, then by time, then by id. */
  entries: WeekEntry[];
}

/** Local midnight of the first day of the week holding `at`, `offset` weeks on. */
export function weekStartOf(at: number, weekStartsOn: WeekStartsOn, offset = 0): number {
  return addWeeks(startOfWeek(at, { weekStartsOn }), offset).getTime();
}

/** The seven local days from `weekStart` (by calendar, so a 23- or 25-hour day stays one day). */
export function weekDays(weekStart: number): number[] {
  const first = startOfDay(weekStart);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i).getTime());
}

const byTime = (a: AgendaItem, b: AgendaItem) =>
  Number(a.hasTime) - Number(b.hasTime) || a.dueAt - b.dueAt || a.id.localeCompare(b.id);

/**
 * The week from `weekStart` as seven days, each with the follow-ups due on that local day.
 * A follow-up belongs to the day its due time falls on in local time (23:30 stays on its day;
 * days are found by calendar, not by adding 24 hours). Follow-ups outside the week are left out.
 */
export function layoutWeek(items: readonly AgendaItem[], weekStart: number, now: number): WeekDay[] {
  const starts = weekDays(weekStart);
  const days: WeekDay[] = starts.map((start) => ({
    key: toDateInput(start),
    start,
    isToday: isSameDay(start, now),
    entries: [],
  }));
  const byKey = new Map(days.map((d) => [d.key, d]));
  for (const item of [...items].sort(byTime)) {
    const day = byKey.get(toDateInput(item.dueAt));
    day?.entries.push({ item, overdue: bucketFollowUp(item.dueAt, item.hasTime, now) === 'overdue' });
  }
  return days;
}

/**
 * The due time of a follow-up moved to the local day `dayKey` (`yyyy-MM-dd`), keeping its time
 * of day (a time a clock change skips on that day comes out as the clock shows it, an hour on).
 * A dated follow-up stays dated: local midnight of the new day. Null for a malformed key.
 */
export function moveToDay(dueAt: number, hasTime: boolean, dayKey: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dayKey);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]) - 1, date: Number(m[3]) };
  const moved = set(hasTime ? dueAt : startOfDay(dueAt), date);
  return hasTime ? moved.getTime() : startOfDay(moved).getTime();
}
