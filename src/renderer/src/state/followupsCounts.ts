import type { DueCounts } from '../../../shared/domains/followUps/dueCounts';
import { useFollowUpsNow } from './followupsNow';
import { useLiveQuery } from './liveQuery';

/**
 * The navigation badge: overdue + today, kept current as follow-ups change and time passes.
 * The store counts them: only follow-up changes re-run it (a deal edit never does).
 */
export function useFollowUpCounts(): DueCounts | null {
  const now = useFollowUpsNow(60_000);
  return useLiveQuery('followUps.dueCounts', { now }, { afterStartup: true }).data ?? null;
}
