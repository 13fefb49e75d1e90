import { z } from 'zod';
import { Id, LongText, Timestamp } from './common';

export const FOLLOW_UP_TYPES = ['call', 'email', 'meeting', 'task'] as const;
export const FollowUpType = z.enum(FOLLOW_UP_TYPES);
export type FollowUpType = z.infer<typeof FollowUpType>;

/** What the rep reads for each kind of follow-up (agenda, notifications, calendar files). */
export const FOLLOW_UP_TYPE_LABELS: Record<FollowUpType, string> = {
  call: 'Call',
  email: 'E-mail',
  meeting: 'Meeting',
  task: 'Task',
};

export const FOLLOW_UP_STATUSES = ['open', 'done', 'snoozed', 'cancelled'] as const;
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
