import { bucketFollowUp } from '../../../shared/engine';
import { endOfDay } from 'date-fns';
import type { FollowUp } from '../../../shared/model';
import { useFollowUpsNow } from './followupsNow';
import { useLiveQuery } from './liveQuery';

export interface DueCounts {
  overdue: number;
  today: number;
}

/** Follow-ups that need doing by the end of today, at `now` (local time). */
export function countDue(items: readonly Pick<FollowUp, 'dueAt' | 'hasTime'>[], now: number): DueCounts {
  let overdue = 0;
  let today = 0;
  for (const item of items) {
    const bucket = bucketFollowUp(item.dueAt, item.hasTime, now);
    if (bucket === 'overdue') overdue++;
    else if (bucket === 'today') today++;
  }
  return { overdue, today };
}

/** The navigation badge: overdue + today, kept current as follow-ups change and time passes. */
export function useFollowUpCounts(): DueCounts | null {
  const now = useFollowUpsNow(60_000);
  // Only what is due by the end of today, and only follow-up changes: the badge stays cheap
  // at 10,000 deals (a deal edit never re-runs it).
  const due = useLiveQuery('followUps.dueBy', { until: endOfDay(now).getTime() }, { afterStartup: true });
  return due.data ? countDue(due.data, now) : null;
}
