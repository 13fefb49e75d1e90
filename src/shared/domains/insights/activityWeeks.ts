import { ACTIVITY_TYPES, type ActivityType } from '../../model';
import { DAY, dayOf, dayStart, mondayOf } from './period';
import type { ActivityWeekRow } from './types';

/** ISO week label of a day (a day number: period.ts), e.g. `2026-W01`. */
function isoWeekOfDay(day: number): string {
  const thursday = (mondayOf(day) + 3) * DAY; // the week's Thursday, as a calendar date
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** ISO week label of a time (the rep's calendar), e.g. `2026-W01`. */
export const isoWeekLabel = (ms: number): string => isoWeekOfDay(dayOf(ms));

/** One ISO week of the period: activities on the days firstDay..lastDay fall in it. */
export interface WeekBucket {
  week: string;
  /** When its Monday begins, local time. */
  start: number;
  firstDay: number;
  lastDay: number;
}

/**
 * The ISO weeks (Monday-based, the rep's calendar) of the period, oldest first: from the week holding
 * `fromDay` (all time: the week of the earliest activity, `earliestDay`) to the week holding
 * `today`. The first bucket starts at `fromDay` (a period may begin mid-week); the last is the
 * whole current week. Empty when there is no start (no activity over all time).
 */
export function weekBuckets(fromDay: number | null, earliestDay: number | null, today: number): WeekBucket[] {
  const start = fromDay ?? earliestDay;
  if (start === null) return [];
  // An older database may hold a time before 1970 (or NaN): weeks begin no earlier than 1970.
  const begin = Math.max(start, 0); // day 0: 1 January 1970
  if (!(begin <= today)) return [];
  const buckets: WeekBucket[] = [];
  for (let monday = mondayOf(begin); monday <= today; monday += 7)
    buckets.push({
      week: isoWeekOfDay(monday),
      start: dayStart(monday),
      firstDay: Math.max(monday, begin),
      lastDay: monday + 6,
    });
  return buckets;
}

/** Activities of one type on one day (a rollup row, or one activity). */
export interface DayCount {
  day: number;
  type: ActivityType;
  count: number;
}

const noTypes = (): Record<ActivityType, number> =>
  Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, 0])) as Record<ActivityType, number>;

/**
 * Activity volume per ISO week (local) and type for the period from `fromDay` (null: all time)
 * to the end of the current week; every week is listed, empty weeks as zeros. `counts` may be
 * per day, or per week dated by its Monday (the all-time rollups). Later weeks are not shown.
 */
export function activityByWeek(
  counts: readonly DayCount[],
  fromDay: number | null,
  today: number,
): ActivityWeekRow[] {
  let earliest: number | null = null;
  if (fromDay === null)
    for (const c of counts)
      if (c.count > 0 && c.day <= today && (earliest === null || c.day < earliest)) earliest = c.day;
  const buckets = weekBuckets(fromDay, earliest, today);
  const rows = buckets.map((b) => ({ week: b.week, start: b.start, total: 0, byType: noTypes() }));
  const first = buckets[0]?.firstDay ?? Infinity;
  const last = buckets.at(-1)?.lastDay ?? -Infinity;
  for (const c of counts) {
    if (c.day < first || c.day > last) continue;
    const row = rows[Math.floor((c.day - mondayOf(first)) / 7)]!;
    row.total += c.count;
    row.byType[c.type] += c.count;
  }
  return rows;
}
