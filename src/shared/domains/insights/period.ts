import type { Period } from './types';

const DAY_MS = 86_400_000;
const DAYS: Record<Exclude<Period, 'all'>, number> = { '30d': 30, '90d': 90, '365d': 365 };

/** The UTC day a time falls on (days since 1970-01-01). */
export const dayOf = (at: number): number => Math.floor(at / DAY_MS);

/** The Monday (a UTC day number) of the ISO week holding `day` (1970-01-01 was a Thursday). */
export const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

/**
 * Start of the period ending today, or null for all time. Periods are whole UTC days: the
 * period starts at 00:00 UTC of the day N days before today's (UTC) day, so every dashboard
 * figure can be summed from per-day rollups exactly (store/rollups.ts).
 */
export function periodStart(period: Period, now: number): number | null {
  return period === 'all' ? null : (dayOf(now) - DAYS[period]) * DAY_MS;
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
