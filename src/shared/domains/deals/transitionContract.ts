import { z } from 'zod';
import { Id, LongText, ShortText, WonOutcome, type Deal } from '../../model';
import type { Decision } from '../../engine';
import { command, query } from '../../rpc/define';

const Reason = LongText.optional();

/** A request to move a deal, mirrored from the stage engine's TransitionRequest. */
export const TransitionRequestInput = z.discriminatedUnion('kind', [
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

export interface TransitionResult {
  deal: Deal;
  decision: Decision;
  /** The stage-history entry written, for undo. */
  historyId: string;
  /** The next step proposed for the new stage (the UI offers accept / edit / skip). */
  proposedFollowUp: Decision['followUp'];
}

export const transitionMethods = {
  /** Ask the engine without changing anything (drag preview, dialogs). */
  'deals.decide': query(z.object({ dealId: Id, request: TransitionRequestInput })).returns<Decision>(),
  /** Apply a transition; blocked ones throw `blocked` with the Decision as details. */
  'deals.transition': command(
    z.object({ dealId: Id, request: TransitionRequestInput }),
  ).returns<TransitionResult>(),
  /** Undo the latest transition of a deal (only if nothing moved it since). */
  'deals.undoTransition': command(z.object({ dealId: Id, historyId: Id })).returns<Deal>(),
};
