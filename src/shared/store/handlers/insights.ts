import { buildDashboard } from '../../insights/dashboard';
import { periodStart } from '../../insights/period';
import { DEAL_STATUSES } from '../../model';
import type { insightsMethods } from '../../rpc/methods/insights';
import type { StoreContext } from '../context';
import { getPipelineOrThrow } from '../lookups';
import type { HandlerTable } from './types';

/**
 * The rows the dashboard needs, read in ONE read transaction with indexed queries:
 * the pipeline's deals by `[pipelineId+status]`, its stage history from the period's
 * start by `at` (all of it by `pipelineId` for all time) and the activities of the period
 * by `at` (only `at`, `type` and `dealId` are kept).
 */
async function readRows(ctx: StoreContext, pipelineId: string | undefined, from: number | null, now: number) {
  const { db } = ctx;
  return db.transaction('r', [db.pipelines, db.deals, db.stageHistory, db.activities], async () => {
    const pipeline = await getPipelineOrThrow(ctx, pipelineId);
    const [deals, history, activities] = await Promise.all([
      db.deals
        .where('[pipelineId+status]')
        .anyOf(DEAL_STATUSES.map((s) => [pipeline.id, s]))
        .toArray(),
      from === null
        ? db.stageHistory.where('pipelineId').equals(pipeline.id).toArray()
        : db.stageHistory.where('at').between(from, now, true, true).toArray(),
      from === null ? db.activities.where('at').belowOrEqual(now).toArray() : db.activities.where('at').between(from, now, true, true).toArray(),
    ]);
    return { pipeline, deals, history, activities };
  });
}

export const insightsHandlers: HandlerTable<keyof typeof insightsMethods> = {
  async 'insights.dashboard'({ pipelineId, period }, ctx) {
    const now = ctx.now();
    const { pipeline, deals, history, activities } = await readRows(ctx, pipelineId, periodStart(period, now), now);
    const ids = new Set(deals.map((d) => d.id));
    return buildDashboard({
      pipeline,
      deals,
      history,
      activities: activities.filter((a) => ids.has(a.dealId)),
      period,
      now,
    });
  },
};
