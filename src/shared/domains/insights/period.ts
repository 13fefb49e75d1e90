import type { Period } from './types';

const DAY_MS = 86_400_000;
const DAYS: Record<Exclude<Period, 'all'>, number> = { '30d': 30, '90d': 90, '365d': 365 };

/** Start of the period ending at `now` (a rolling window of whole days), or null for all time. */
export function periodStart(period: Period, now: number): number | null {
  return period === 'all' ? null : now - DAYS[period] * DAY_MS;
}

/** Whether `at` lies in the period [from, now] (from null = no lower bound). */
export function inPeriod(at: number, from: number | null, now: number): boolean {
  return (from === null || at >= from) && at <= now;
}

export const DAY = DAY_MS;
