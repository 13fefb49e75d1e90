import { bucketFollowUp } from '../../../shared/engine';
import type { AgendaItem } from '../../../shared/rpc/methods/followUps';
import { useFollowUpsNow } from './followupsNow';
import { useLiveQuery } from './liveQuery';

/** The tables whose changes can move a follow-up in or out of the agenda. */
export const AGENDA_TABLES = ['followUps', 'deals'] as const;

export interface DueCounts {
  overdue: number;
  today: number;
}

/** Follow-ups that need doing by the end of today, at `now` (local time). */
export function countDue(items: readonly AgendaItem[], now: number): DueCounts {
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
  const agenda = useLiveQuery('followUps.agenda', {}, AGENDA_TABLES);
  const now = useFollowUpsNow(60_000);
  return agenda.data ? countDue(agenda.data, now) : null;
}
