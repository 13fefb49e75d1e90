import { z } from 'zod';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_TYPES } from './vocabulary';
import { Id, LongText, Timestamp } from './common';

export const FollowUpType = z.enum(FOLLOW_UP_TYPES);
export type FollowUpType = z.infer<typeof FollowUpType>;

export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/**
 * A dated next step. `dueAt` is UTC milliseconds; when `hasTime` is false only the
 * local calendar day of `dueAt` matters (it is stored as local midnight of that day).
 */
export const FollowUp = z.object({
  id: Id,
  dealId: Id.nullable(),
  contactId: Id.nullable(),
  dueAt: Timestamp,
  hasTime: z.boolean(),
  type: FollowUpType,
  note: LongText,
  status: FollowUpStatus,
  /** When a notification for the current `dueAt` was shown; cleared when re-armed. */
  firedAt: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type FollowUp = z.infer<typeof FollowUp>;
