import Dexie from 'dexie';
import { dashboardFromRollups, dealsNeeded } from './fromRollups';
import { periodStart, dayOf } from './period';
import { currencyContext, type Deal } from '../../model';
import { goalsOf } from '../../engine';
import { myNumbers } from './numbers';
import { weekSpan } from './quotaPeriod';
import type { insightsMethods } from './contract';
import type { StoreContext } from '../../store/context';
import { getPipelineOrThrow } from '../../store/lookups';
import { readSettings } from '../../store/derive';
import type { HandlerTable } from '../../store/handlerTable';
import { ALL_TIME, STATIC_DAY } from './contribution';

/**
 * The pipeline's rollup rows for a period: the snapshot rows (funnel, forecast, currencies) and
 * the days from the period's start on (all time: the all-time sums), by `[pipelineId+day]`.
 */
function periodRows(ctx: StoreContext, pipelineId: string, from: number | null) {
  const byDay = ctx.db.rollups.where('[pipelineId+day]');
  return Promise.all([
    byDay.equals([pipelineId, STATIC_DAY]).toArray(),
    from === null
      ? byDay.equals([pipelineId, ALL_TIME]).toArray()
      : byDay.between([pipelineId, dayOf(from)], [pipelineId, Dexie.maxKey]).toArray(),
  ]).then(([now, period]) => [...now, ...period]);
}

/** The pipeline's deals in the given stages, or in the given currencies (rare: see dealsNeeded). */
async function neededDeals(ctx: StoreContext, pipelineId: string, stages: string[], currencies: string[]) {
  const { deals } = ctx.db;
  const [inGoneStages, inCurrencies] = await Promise.all([
    stages.length
      ? deals
          .where('[pipelineId+stageId]')
          .anyOf(stages.map((s) => [pipelineId, s]))
          .toArray()
      : [],
    currencies.length
      ? deals
          .where('[pipelineId+status]')
          .between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey])
          .filter((d) => currencies.includes(d.currency ?? ''))
          .toArray()
      : [],
  ]);
  return [...new Map([...inGoneStages, ...inCurrencies].map((d) => [d.id, d])).values()];
}

export const insightsHandlers: HandlerTable<keyof typeof insightsMethods> = {
  /**
   * ONE read transaction over the rollups (store/rollups.ts): the pipeline's rows of the period
   * by `[pipelineId+day]` — hundreds of rows, whatever the number of deals — the pipeline and
   * the settings (home currency and rates); the few deals a forecast warning or an unconverted
   * currency names; then the pure reading (fromRollups.ts).
   */
  async 'insights.dashboard'({ pipelineId, period }, ctx) {
    const { db } = ctx;
    const now = ctx.now();
    const from = periodStart(period, now);
    return db.transaction('r', [db.pipelines, db.rollups, db.deals, db.settings], async () => {
      const pipeline = await getPipelineOrThrow(ctx, pipelineId);
      const [rows, settings] = await Promise.all([periodRows(ctx, pipeline.id, from), readSettings(ctx)]);
      const money = currencyContext(settings);
      const { goneStages, missingCurrencies } = dealsNeeded(rows, pipeline, money);
      const deals = await neededDeals(ctx, pipeline.id, goneStages, missingCurrencies);
      return dashboardFromRollups({ pipeline, rows, period, now, money, deals });
    });
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
