import { z } from 'zod';
import { ActivityType, Id, LongText, ShortText, SignalKind, Timestamp, type Activity } from '../../model';
import { command } from '../../rpc/define';

export const LogActivityInput = z
  .object({
    dealId: Id,
    contactId: Id.nullable().default(null),
    type: ActivityType,
    signal: SignalKind.nullable().default(null),
    subject: ShortText.default(''),
    body: LongText.default(''),
    painPoint: z.boolean().default(false),
    at: Timestamp.optional(),
  })
  .refine((a) => (a.type === 'signal') === (a.signal !== null), {
    message: 'an engagement signal needs its kind, and only signals have one',
    path: ['signal'],
  });

export const activityMethods = {
  'activities.log': command(LogActivityInput, {
    writes: ['activities', 'deals'],
    reads: ['followUps', 'settings'],
  }).returns<Activity>(),
};
