import { applyTransition, scoreLead } from '../../../engine';
import { RpcError } from '../../../rpc/protocol';
import { buildHandoffChecklist } from '../../handoff/build';
import { ON_BOARD, toBoardCards } from '../../board/handlers/cards';
import { makeHistory } from '../../../model';
import type { StoreContext } from '../../../store/context';
import { dealActivities, dealFollowUps, derivedDeal, readSettings, refreshDeal } from '../../../store/derive';
import { getDealOrThrow, getPipelineOrThrow, readDealContacts } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';

/** Everything a move needs, the deal row read once (inside the move's write). */
async function readMoveInputs(ctx: StoreContext, dealId: string) {
  const deal = await getDealOrThrow(ctx, dealId);
  const [pipeline, settings, activities, followUps, handoffCount] = await Promise.all([
    getPipelineOrThrow(ctx, deal.pipelineId),
    readSettings(ctx),
    dealActivities(ctx, dealId),
    dealFollowUps(ctx, dealId),
    ctx.db.handoffs.where('dealId').equals(dealId).count(),
  ]);
  const now = ctx.now();
  // The one score of the move: the gates use it, and so does the stored deal (no transition
  // changes what the score depends on — the profile, the contacts, the activities).
  const { score } = scoreLead({ deal, activities, settings, now });
  return { deal, pipeline, settings, activities, followUps, hasHandoff: handoffCount > 0, now, score };
}

export const transitionHandlers: HandlerTable<'deals.transition' | 'deals.undoTransition'> = {
  async 'deals.transition'({ dealId, request }, ctx) {
    return ctx.write(async () => {
      const inputs = await readMoveInputs(ctx, dealId);
      const result = applyTransition(inputs, request, { newId: ctx.newId });
      // Blocked: throw inside the transaction so nothing at all is written.
      if (!result.ok) throw new RpcError('blocked', result.decision.message, result.decision);
      // The moved deal with what the store keeps on it (score, last touch, next step): one write.
      const deal = derivedDeal(result.deal, inputs);
      await ctx.db.deals.put(deal);
      await ctx.db.stageHistory.add(result.history);
      if (result.decision.startsHandoff) {
        await ctx.db.handoffs.add(
          buildHandoffChecklist({
            deal: result.deal,
            contacts: await readDealContacts(ctx, result.deal),
            activities: [...inputs.activities].reverse(), // newest first, as the workspace has them
            template: inputs.settings.handoffTemplate,
            currency: inputs.settings.currency,
            newId: ctx.newId,
            now: inputs.now,
          }),
        );
      }
      ctx.session.undo.set(result.history.id, { before: inputs.deal, after: deal });
      // The board applies this card directly: the mover's window need not ask again.
      const [card = null] = ON_BOARD.includes(deal.status) ? await toBoardCards(ctx.db, [deal]) : [];
      return {
        deal,
        card,
        decision: result.decision,
        historyId: result.history.id,
        proposedFollowUp: result.decision.followUp,
      };
    });
  },

  async 'deals.undoTransition'({ dealId, historyId }, ctx) {
    return ctx.write(async () => {
      const snapshot = ctx.session.undo.get(historyId);
      const deal = await getDealOrThrow(ctx, dealId);
      if (!snapshot || snapshot.after.id !== dealId)
        throw new RpcError('conflict', 'That move can no longer be undone.');
      if (
        deal.stageId !== snapshot.after.stageId ||
        deal.status !== snapshot.after.status ||
        deal.updatedAt !== snapshot.after.updatedAt
      ) {
        throw new RpcError('conflict', 'The deal changed after that move, so it was not undone.');
      }
      const now = ctx.now();
      await ctx.db.deals.put({
        ...deal,
        ...snapshot.before,
        lastActivityAt: deal.lastActivityAt,
        updatedAt: now,
      });
      // History is append-only: the undo is recorded as its own step back.
      await ctx.db.stageHistory.add(
        makeHistory({
          id: ctx.newId(),
          dealId,
          pipelineId: deal.pipelineId,
          fromStageId: deal.stageId,
          toStageId: snapshot.before.stageId,
          fromStatus: deal.status,
          toStatus: snapshot.before.status,
          at: now,
          reason: 'Undo',
        }),
      );
      ctx.session.undo.delete(historyId);
      return refreshDeal(ctx, dealId);
    });
  },
};
