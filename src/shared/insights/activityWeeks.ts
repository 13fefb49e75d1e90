import { addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { ACTIVITY_TYPES, type Activity } from '../model';
import { inPeriod } from './period';
import type { ActivityCounts, ActivityWeekRow } from './types';

export type ActivityStamp = Pick<Activity, 'at' | 'type'>;

/** ISO week label of a time (local calendar), e.g. `2026-W01`. */
export function isoWeekLabel(ms: number): string {
  return `${getISOWeekYear(ms)}-W${String(getISOWeek(ms)).padStart(2, '0')}`;
}

function emptyCounts(): ActivityCounts {
  return Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, 0])) as ActivityCounts;
}

/** Index of the last week start ≤ at (weeks ascending). */
function weekIndex(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Activity volume per ISO week (Monday-based, local time), by activity type, for the
 * activities whose `at` lies in the period [from, now]. Every week from the one holding
 * `from` (all time: the earliest activity) to the current week is listed, empty weeks as
 * zeros, oldest first; with no activity at all over all time the list is empty. The first
 * week may be partial (the period starts mid-week).
 */
export function activityByWeek(activities: readonly ActivityStamp[], from: number | null, now: number): ActivityWeekRow[] {
  let earliest = from ?? Infinity;
  if (from === null) for (const a of activities) if (a.at <= now && a.at < earliest) earliest = a.at;
  if (earliest === Infinity) return [];
  const starts: number[] = [];
  for (let w = startOfISOWeek(earliest); w.getTime() <= now; w = addWeeks(w, 1)) starts.push(w.getTime());
  const rows: ActivityWeekRow[] = starts.map((start) => ({ week: isoWeekLabel(start), start, total: 0, ...emptyCounts() }));
  for (const a of activities) {
    if (!inPeriod(a.at, from, now)) continue;
    const row = rows[weekIndex(starts, a.at)]!;
    row[a.type] += 1;
    row.total += 1;
  }
  return rows;
}
