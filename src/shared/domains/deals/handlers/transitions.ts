import { applyTransition, type TransitionContext } from '../../../engine';
import { RpcError } from '../../../rpc/protocol';
import { buildHandoffChecklist } from '../../handoff/build';
import { makeHistory } from '../../../model';
import type { StoreContext } from '../../../store/context';
import { readSettings, refreshDeal } from '../../../store/derive';
import { getDealOrThrow, getPipelineOrThrow, readDealDetail } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';

async function transitionContext(ctx: StoreContext, dealId: string): Promise<TransitionContext> {
  const deal = await getDealOrThrow(ctx, dealId);
  const [pipeline, settings, activities, handoffCount] = await Promise.all([
    getPipelineOrThrow(ctx, deal.pipelineId),
    readSettings(ctx),
    ctx.db.activities.where('[dealId+at]').between([dealId, -Infinity], [dealId, Infinity]).toArray(),
    ctx.db.handoffs.where('dealId').equals(dealId).count(),
  ]);
  return { deal, pipeline, settings, activities, hasHandoff: handoffCount > 0, now: ctx.now() };
}

export const transitionHandlers: HandlerTable<'deals.transition' | 'deals.undoTransition'> = {
  async 'deals.transition'({ dealId, request }, ctx) {
    return ctx.write(async () => {
      const tctx = await transitionContext(ctx, dealId);
      const result = applyTransition(tctx, request, { newId: ctx.newId });
      // Blocked: throw inside the transaction so nothing at all is written.
      if (!result.ok) throw new RpcError('blocked', result.decision.message, result.decision);
      await ctx.db.deals.put(result.deal);
      await ctx.db.stageHistory.add(result.history);
      if (result.decision.startsHandoff) {
        const detail = await readDealDetail(ctx, dealId);
        await ctx.db.handoffs.add(
          buildHandoffChecklist({
            deal: result.deal,
            contacts: detail.contacts,
            activities: detail.activities,
            template: tctx.settings.handoffTemplate,
            currency: tctx.settings.currency,
            newId: ctx.newId,
            now: tctx.now,
          }),
        );
      }
      ctx.session.undo.set(result.history.id, { before: tctx.deal, after: result.deal });
      const deal = await refreshDeal(ctx, dealId);
      return {
        deal,
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
