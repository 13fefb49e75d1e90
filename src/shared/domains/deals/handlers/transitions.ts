import { applyTransition, scoreLead } from '../../../engine';
import { RpcError } from '../../../rpc/protocol';
import { buildHandoffChecklist } from '../../handoff/build';
import { ON_BOARD, toBoardCards } from '../../board/handlers/cards';
import { makeHistory, type Deal } from '../../../model';
import type { StoreContext } from '../../../store/context';
import { dealActivities, dealFollowUps, derivedDeal, readSettings } from '../../../store/derive';
import { getDealOrThrow, readDealContacts } from '../../../store/lookups';
import { notFound } from '../../../store/errors';
import type { HandlerTable } from '../../../store/handlerTable';

/** What the store keeps on a deal is computed from (see `derivedDeal`), read without the deal row. */
async function readKeptInputs(ctx: StoreContext, dealId: string) {
  const [settings, activities, followUps] = await Promise.all([
    readSettings(ctx),
    dealActivities(ctx, dealId),
    dealFollowUps(ctx, dealId),
  ]);
  return { settings, activities, followUps, now: ctx.now() };
}

/** The deal's card as `board.cards` returns it, or null when the deal is not on the board. */
async function cardOnBoard(ctx: StoreContext, deal: Deal) {
  const [card = null] = ON_BOARD.includes(deal.status) ? await toBoardCards(ctx.db, [deal]) : [];
  return card;
}

/**
 * Everything a move needs, the deal row read once (inside the move's write), in one round of
 * requests: the pipelines are a handful of rows, so all are read beside the deal rather than
 * its own after it.
 */
async function readMoveInputs(ctx: StoreContext, dealId: string) {
  const [deal, pipelines, kept, handoffCount] = await Promise.all([
    getDealOrThrow(ctx, dealId),
    ctx.db.pipelines.toArray(),
    readKeptInputs(ctx, dealId),
    ctx.db.handoffs.where('dealId').equals(dealId).count(),
  ]);
  const pipeline = pipelines.find((p) => p.id === deal.pipelineId);
  if (!pipeline) throw notFound('Pipeline', deal.pipelineId);
  const { settings, activities, followUps, now } = kept;
  // The one score of the move: the gates use it, and so does the stored deal (no transition
  // changes what the score depends on — the profile, the contacts, the activities).
  const { score } = scoreLead({ deal, activities, settings, now });
  return { deal, pipeline, settings, activities, followUps, hasHandoff: handoffCount > 0, now, score };
}

export const transitionHandlers: HandlerTable<'deals.transition' | 'deals.undoTransition'> = {
  async 'deals.transition'({ dealId, request }, ctx) {
    return ctx.write(async (issued) => {
      const inputs = await readMoveInputs(ctx, dealId);
      const result = applyTransition(inputs, request, { newId: ctx.newId });
      // Blocked: throw inside the transaction so nothing at all is written.
      if (!result.ok) throw new RpcError('blocked', result.decision.message, result.decision);
      // The moved deal with what the store keeps on it (score, last touch, next step): one write.
      const deal = derivedDeal(result.deal, inputs);
      // The deal and its history written, and its card read, in one round of requests: the
      // card reads only contacts and checklists, which a move writes only when it starts one.
      const written = Promise.all([
        ctx.db.deals.put(deal),
        ctx.db.stageHistory.add(result.history),
        result.decision.startsHandoff ? undefined : cardOnBoard(ctx, deal),
      ]);
      // Unless it starts a checklist, that was the move's last write: the store's bookkeeping
      // (cards, rollups) reads in the same round.
      if (!result.decision.startsHandoff) issued();
      const [, , card] = await written;
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
      return {
        deal,
        card: card === undefined ? await cardOnBoard(ctx, deal) : card,
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
      // The deal as it was, with what the store keeps on it recomputed now (its score, last
      // touch and next step may have changed since the move): one write, as a move makes.
      const kept = await readKeptInputs(ctx, dealId);
      const now = kept.now;
      const restored = derivedDeal({ ...deal, ...snapshot.before, updatedAt: now }, kept);
      await ctx.db.deals.put(restored);
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
      return { deal: restored, card: await cardOnBoard(ctx, restored) };
    });
  },
};
