import { makeActivity } from '../../model';
import type { activityMethods } from './contract';
import { refreshDeal } from '../../store/derive';
import { getDealOrThrow } from '../../store/lookups';
import type { HandlerTable } from '../../store/handlerTable';

export const activityHandlers: HandlerTable<keyof typeof activityMethods> = {
  async 'activities.log'(input, ctx) {
    return ctx.write(async () => {
      await getDealOrThrow(ctx, input.dealId);
      const now = ctx.now();
      const activity = makeActivity({ ...input, id: ctx.newId(), at: input.at ?? now }, now);
      await ctx.db.activities.add(activity);
      await refreshDeal(ctx, input.dealId);
      return activity;
    });
  },
};
