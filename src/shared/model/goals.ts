import { z } from 'zod';
import { Money } from './common';

/** How long a quota runs: a calendar month or quarter in the rep's local time. */
export const QUOTA_PERIODS = ['month', 'quarter'] as const;
export const QuotaPeriod = z.enum(QUOTA_PERIODS);
export type QuotaPeriod = z.infer<typeof QuotaPeriod>;

/** The rep's own targets, kept in Settings and measured in "My numbers". */
export const RepGoals = z.object({
  quotaPeriod: QuotaPeriod,
  /** Won contract value to reach per period, in the home currency; 0 = no quota set. */
  quota: Money,
  /** The rep's own touches (calls, e-mails, meetings, notes) to make per week; 0 = no goal. */
  weeklyActivityGoal: z.number().int().min(0).max(10_000),
});
export type RepGoals = z.infer<typeof RepGoals>;
