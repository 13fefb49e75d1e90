import { bucketFollowUp } from '../../engine';
import type { FollowUp } from '../../model';

/** The navigation badge's figures: follow-ups overdue, and due later today. */
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
