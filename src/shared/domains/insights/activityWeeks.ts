import { addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { MIN_TIME } from '../../model';
import type { ActivityWeekRow } from './types';

/** ISO week label of a time (local calendar), e.g. `2026-W01`. */
export function isoWeekLabel(ms: number): string {
  return `${getISOWeekYear(ms)}-W${String(getISOWeek(ms)).padStart(2, '0')}`;
}

/** One ISO week of the period: activities with lower ≤ at < upper fall in it. */
export interface WeekBucket {
  week: string;
  /** Monday 00:00 local time. */
  start: number;
  lower: number;
  upper: number;
}

/**
 * The ISO weeks (Monday-based, local time) of the period [from, now], oldest first: from
 * the week holding `from` (all time: the week of the earliest activity, `earliest`) to
 * the current week. The first bucket starts at `from` (a period may begin mid-week); the
 * last ends just after `now`. Empty when there is no start (no activity over all time).
 */
export function weekBuckets(from: number | null, earliest: number | null, now: number): WeekBucket[] {
  const start = from ?? earliest;
  if (start === null) return [];
  // An older database may hold a time before 1970 (or one Date cannot show, or NaN): weeks begin
  // no earlier than 1970, so "all time" stays a bounded number of weeks instead of hanging.
  const begin = Math.max(start, MIN_TIME);
  if (!(begin <= now)) return [];
  const starts: number[] = [];
  for (let w = startOfISOWeek(begin); w.getTime() <= now; w = addWeeks(w, 1)) starts.push(w.getTime());
  return starts.map((start, i) => ({
    week: isoWeekLabel(start),
    start,
    lower: i === 0 ? begin : start,
    upper: i === starts.length - 1 ? now + 1 : starts[i + 1]!,
  }));
}

/** Activity volume per week from a count per bucket (what the store counts by index). */
export function weeksFromCounts(
  buckets: readonly WeekBucket[],
  counts: readonly number[],
): ActivityWeekRow[] {
  return buckets.map((b, i) => ({ week: b.week, start: b.start, total: counts[i] ?? 0 }));
}

/** Index of the bucket holding `at`, or -1 (buckets ascending and contiguous). */
function bucketOf(buckets: readonly WeekBucket[], at: number): number {
  if (buckets.length === 0 || at < buckets[0]!.lower || at >= buckets[buckets.length - 1]!.upper) return -1;
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (buckets[mid]!.lower <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Activity volume per ISO week for the activity times given (`at`), counting those in the
 * period [from, now]; every week of the period is listed, empty weeks as zeros.
 */
export function activityByWeek(
  times: readonly number[],
  from: number | null,
  now: number,
): ActivityWeekRow[] {
  let earliest: number | null = null;
  if (from === null)
    for (const at of times) if (at <= now && (earliest === null || at < earliest)) earliest = at;
  const buckets = weekBuckets(from, earliest, now);
  const counts = buckets.map(() => 0);
  for (const at of times) {
    const i = bucketOf(buckets, at);
    if (i >= 0) counts[i]! += 1;
  }
  return weeksFromCounts(buckets, counts);
}
