import { RpcError } from '../../../rpc/protocol';
import { refreshDeal } from '../../../store/derive';
import { getDealOrThrow, getPipelineOrThrow } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';
import { buildFollowOn } from '../../handoff/followOn';

export const followOnHandler: HandlerTable<'deals.createFollowOn'> = {
  async 'deals.createFollowOn'({ dealId, kind, title, value }, ctx) {
    return ctx.write(async () => {
      const parent = await getDealOrThrow(ctx, dealId);
      if (parent.status !== 'won')
        throw new RpcError('conflict', 'A follow-on opportunity starts from a won deal.');
      const pipeline = await getPipelineOrThrow(ctx, parent.pipelineId);
      const { deal, history } = buildFollowOn({
        parent,
        pipeline,
        kind,
        title,
        value,
        newId: ctx.newId,
        now: ctx.now(),
      });
      await ctx.db.deals.add(deal);
      await ctx.db.stageHistory.add(history);
      return refreshDeal(ctx, deal.id);
    });
  },
};
