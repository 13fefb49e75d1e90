import { DAY, mondayOf } from './period';

/**
 * Where the rollups' dated parts are summed, and which of those buckets a period reads.
 *
 * A rollup row's `day` field is one number that says both the level and the bucket, so that
 * one `[pipelineId+day]` range reads consecutive buckets of one level:
 * - a day (the rep's calendar day, period.ts): the day number itself (days since 1970; any Date
 *   lies within ±10^8 days);
 * - an ISO week (Monday): WEEK + the Monday's day;
 * - a calendar month: MONTH + year × 12 + month (0-based);
 * - activities per ISO week: ACTIVITY_WEEK + the Monday's day (the weekly chart needs weeks,
 *   which months cannot give, so activities are summed per day and per week only);
 * - STATIC_DAY: snapshots of now (funnel, forecast, deal currencies), read by every period;
 * - ALL_TIME: every dated part but activities again without its day (a part without a day
 *   only there), read for "all time".
 * Each level owns the numbers within ±SPAN of its base, so the levels never overlap.
 */
const SPAN = 1e9;
export const STATIC_DAY = -3 * SPAN;
export const ALL_TIME = -2 * SPAN;
const WEEK = 2 * SPAN;
const MONTH = 4 * SPAN;
const ACTIVITY_WEEK = 6 * SPAN;

/** A range of `day` values: from `from` (included) to `to` (excluded). */
export interface DayRange {
  from: number;
  to: number;
}

/** The calendar month of a day number (read as a UTC date: period.ts), as year × 12 + month. */
export function monthOf(day: number): number {
  const date = new Date(day * DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The first day of a month (year × 12 + month). */
export function monthStart(month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(month / 12), ((month % 12) + 12) % 12, 1);
  return date.getTime() / DAY;
}

/** The day a day-level or activity-week bucket counts on (a week's: its Monday). */
export function bucketDay(day: number): number {
  return day >= ACTIVITY_WEEK - SPAN ? day - ACTIVITY_WEEK : day;
}

/**
 * The buckets a dated part is summed into: activities on their day and their week; every
 * other kind on its day, its week, its month and all time (without a day: all time only).
 */
export function bucketsOf(kind: string, day: number | null): number[] {
  if (day === null) return [ALL_TIME];
  if (kind === 'activity') return [day, ACTIVITY_WEEK + mondayOf(day)];
  return [day, WEEK + mondayOf(day), MONTH + monthOf(day), ALL_TIME];
}

/** What a period reads: each range of `day` values, for activities and for the other dated kinds. */
export interface PeriodPlan {
  dated: DayRange[];
  activity: DayRange[];
}

const nonEmpty = (ranges: DayRange[]) => ranges.filter((r) => r.from < r.to);

/**
 * The buckets that sum a period from the day `fromDay` on (null: all time), each day at or
 * after it counted exactly once (a period has no upper bound: later records count too).
 * Dated kinds: the days up to the first Monday (or the first of a month, if sooner), whole
 * weeks up to the first of a month, the days left to it, then every month from there on.
 * Activities: the days up to the first Monday, then every week from there on.
 */
export function periodPlan(fromDay: number | null): PeriodPlan {
  if (fromDay === null)
    return {
      dated: [{ from: ALL_TIME, to: ALL_TIME + 1 }],
      activity: [{ from: ACTIVITY_WEEK - SPAN, to: ACTIVITY_WEEK + SPAN }],
    };
  const firstMonday = mondayOf(fromDay + 6);
  const firstMonth = monthStart(monthOf(fromDay - 1) + 1);
  const weeksFrom = Math.min(firstMonday, firstMonth);
  const weeksTo = weeksFrom + 7 * Math.floor((firstMonth - weeksFrom) / 7);
  return {
    dated: nonEmpty([
      { from: fromDay, to: weeksFrom },
      { from: WEEK + weeksFrom, to: WEEK + weeksTo },
      { from: weeksTo, to: firstMonth },
      { from: MONTH + monthOf(firstMonth), to: MONTH + SPAN },
    ]),
    activity: nonEmpty([
      { from: fromDay, to: firstMonday },
      { from: ACTIVITY_WEEK + firstMonday, to: ACTIVITY_WEEK + SPAN },
    ]),
  };
}

const within = (ranges: readonly DayRange[], day: number) => ranges.some((r) => r.from <= day && day < r.to);

/** Whether a row is part of the period: a snapshot of now, or a bucket the plan reads for its kind. */
export function inPlan(row: { kind: string; day: number }, plan: PeriodPlan): boolean {
  return row.day === STATIC_DAY || within(row.kind === 'activity' ? plan.activity : plan.dated, row.day);
}

/** The ranges to read from the store for a plan (snapshots included), merged and in order. */
export function rangesToRead(plan: PeriodPlan): DayRange[] {
  const all = [{ from: STATIC_DAY, to: STATIC_DAY + 1 }, ...plan.dated, ...plan.activity].sort(
    (a, b) => a.from - b.from,
  );
  const merged: DayRange[] = [];
  for (const r of all) {
    const last = merged.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}
