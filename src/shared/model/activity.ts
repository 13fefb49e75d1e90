import { z } from 'zod';
import { ACTIVITY_TYPES, SIGNAL_KINDS } from './vocabulary';
import { Id, LongText, ShortText, Timestamp } from './common';

export const SignalKind = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof SignalKind>;

export const ActivityType = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityType>;

export const Activity = z.object({
  id: Id,
  dealId: Id,
  contactId: Id.nullable(),
  type: ActivityType,
  signal: SignalKind.nullable(),
  subject: ShortText,
  body: LongText,
  /** The rep marked this note as a pain point found in discovery (feeds the handoff). */
  painPoint: z.boolean(),
  at: Timestamp,
  createdAt: Timestamp,
});
export type Activity = z.infer<typeof Activity>;
