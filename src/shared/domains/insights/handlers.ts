import { activityByWeek, weekBuckets, weeksFromCounts } from './activityWeeks';
import { buildDashboard } from './dashboard';
import { periodStart } from './period';
import type { ActivityWeekRow } from './types';
import { currencyContext, DEAL_STATUSES, type Deal } from '../../model';
import { goalsOf } from '../../engine';
import { myNumbers } from './numbers';
import { weekSpan } from './quotaPeriod';
import type { insightsMethods } from './contract';
import type { StoreContext } from '../../store/context';
import { getPipelineOrThrow } from '../../store/lookups';
import { readSettings } from '../../store/derive';
import type { HandlerTable } from '../../store/handlerTable';

/**
 * Activity volume per week with a single pipeline: every activity is this pipeline's, so
 * each week is an index COUNT over `at` (no row leaves IndexedDB).
 */
async function countedWeeks(ctx: StoreContext, from: number | null, now: number): Promise<ActivityWeekRow[]> {
  const { activities } = ctx.db;
  const earliest = from === null ? ((await activities.orderBy('at').first())?.at ?? null) : null;
  const buckets = weekBuckets(from, earliest, now);
  const counts = await Promise.all(
    buckets.map((b) => activities.where('at').between(b.lower, b.upper, true, false).count()),
  );
  return weeksFromCounts(buckets, counts);
}

/** With several pipelines: the period's activity rows by `at`, kept when their deal is one of `dealIds`. */
async function filteredWeeks(
  ctx: StoreContext,
  dealIds: ReadonlySet<string>,
  from: number | null,
  now: number,
): Promise<ActivityWeekRow[]> {
  const { activities } = ctx.db;
  const rows = await (
    from === null
      ? activities.where('at').belowOrEqual(now)
      : activities.where('at').between(from, now, true, true)
  ).toArray();
  return activityByWeek(
    rows.filter((a) => dealIds.has(a.dealId)).map((a) => a.at),
    from,
    now,
  );
}

export const insightsHandlers: HandlerTable<keyof typeof insightsMethods> = {
  /**
   * ONE read transaction of indexed queries: the pipeline's deals by `[pipelineId+status]`,
   * its stage history from the period's start by `at` (all of it by `pipelineId` for all
   * time), activity per week by `at` (counts with one pipeline, rows with several) and the
   * settings (home currency and rates); then pure aggregation into small series.
   */
  async 'insights.dashboard'({ pipelineId, period }, ctx) {
    const { db } = ctx;
    const now = ctx.now();
    const from = periodStart(period, now);
    return db.transaction(
      'r',
      [db.pipelines, db.deals, db.stageHistory, db.activities, db.settings],
      async () => {
        const pipeline = await getPipelineOrThrow(ctx, pipelineId);
        const single = (await db.pipelines.count()) === 1;
        const [deals, history, counted, settings] = await Promise.all([
          // One equals() per status: each a single getAll on the index (anyOf walks a cursor).
          Promise.all(
            DEAL_STATUSES.map((s) =>
              db.deals.where('[pipelineId+status]').equals([pipeline.id, s]).toArray(),
            ),
          ).then((perStatus) => perStatus.flat()),
          from === null
            ? db.stageHistory.where('pipelineId').equals(pipeline.id).toArray()
            : db.stageHistory.where('at').between(from, now, true, true).toArray(),
          single ? countedWeeks(ctx, from, now) : null,
          readSettings(ctx),
        ]);
        const activity = counted ?? (await filteredWeeks(ctx, new Set(deals.map((d) => d.id)), from, now));
        return buildDashboard({
          pipeline,
          deals,
          history,
          activity,
          period,
          now,
          money: currencyContext(settings),
        });
      },
    );
  },
  /**
   * ONE read transaction: the settings (goals, currency), every pipeline, the won and open
   * deals by the `status` index, this week's activities by `at`, and any deal touched this
   * week that is neither won nor open; then the pure figures (numbers.ts).
   */
  async 'insights.numbers'(_input, ctx) {
    const { db } = ctx;
    const now = ctx.now();
    return db.transaction('r', [db.pipelines, db.deals, db.activities, db.settings], async () => {
      const settings = await readSettings(ctx);
      const goals = goalsOf(settings);
      const week = weekSpan(now);
      const [pipelines, counted, activities] = await Promise.all([
        db.pipelines.toArray(),
        db.deals.where('status').anyOf('won', 'open').toArray(),
        db.activities.where('at').between(week.start, week.end, true, false).toArray(),
      ]);
      const known = new Set(counted.map((d) => d.id));
      const others = [...new Set(activities.map((a) => a.dealId))].filter((id) => !known.has(id));
      const touched = (await db.deals.bulkGet(others)).filter((d): d is Deal => d !== undefined);
      return myNumbers({
        deals: [...counted, ...touched],
        pipelines,
        activities,
        goals,
        money: currencyContext(settings),
        now,
      });
    });
  },
};
