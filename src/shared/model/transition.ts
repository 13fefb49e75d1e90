import { z } from 'zod';
import { Id, LongText, ShortText } from './common';
import { WonOutcome } from './deal';

const Reason = LongText.optional();

/** A request to move a deal, as the stage engine takes it and the store validates it. */
export const TransitionRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), toStageId: Id, reason: Reason, override: z.boolean().optional() }),
  z.object({
    kind: z.literal('lose'),
    reason: ShortText,
    competitor: ShortText.optional(),
    note: LongText.optional(),
  }),
  z.object({ kind: z.literal('disqualify'), reason: ShortText, feedback: LongText.optional() }),
  z.object({
    kind: z.literal('reject-sal'),
    to: z.enum(['nurturing', 'disqualify']),
    feedback: LongText,
    reason: ShortText.optional(),
  }),
  z.object({ kind: z.literal('reopen'), toStageId: Id.optional(), reason: LongText }),
  z.object({ kind: z.literal('win'), outcome: WonOutcome, reason: Reason, override: z.boolean().optional() }),
]);
export type TransitionRequest = z.infer<typeof TransitionRequest>;
