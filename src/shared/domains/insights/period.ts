import type { Period } from './types';

const DAY_MS = 86_400_000;
const DAYS: Record<Exclude<Period, 'all'>, number> = { '30d': 30, '90d': 90, '365d': 365 };

/**
 * Days are the rep's calendar days: a day number counts days since 1970-01-01 to the LOCAL date
 * a time falls on (a call at 08:00 on a Monday in Tokyo is on that Monday, wherever UTC is), so
 * weeks and months follow the rep's calendar. Day arithmetic (weeks, months) works on the day
 * number as a calendar date; the rollups are keyed by it (store/rollupZone.ts rebuilds them
 * when the time zone changes).
 */
export const dayOf = (at: number): number => {
  const local = new Date(at);
  const date = new Date(0);
  date.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
  return date.getTime() / DAY_MS;
};

/** The local time a day number's day starts at (its first moment: midnight, or later on a clock change). */
export const dayStart = (day: number): number => {
  const date = new Date(day * DAY_MS);
  const local = new Date(0);
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  local.setHours(0, 0, 0, 0);
  return local.getTime();
};

/** The Monday (a day number) of the ISO week holding `day` (1970-01-01 was a Thursday). */
export const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

/**
 * Start of the period ending today, or null for all time. Periods are whole local days: the
 * period starts when the day N days before today begins, so every dashboard figure can be summed
 * from per-day rollups exactly (store/rollups.ts).
 */
export function periodStart(period: Period, now: number): number | null {
  return period === 'all' ? null : dayStart(dayOf(now) - DAYS[period]);
}

/**
 * Whether `at` lies in the period: from its start on (from null = all time). There is no upper
 * bound: the store dates what it writes with its own clock, so only an imported or
 * clock-skewed record can lie after now, and it counts (a rollup cannot depend on "now").
 */
export function inPeriod(at: number, from: number | null): boolean {
  return from === null || at >= from;
}

export const DAY = DAY_MS;
