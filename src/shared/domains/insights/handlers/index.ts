import Dexie from 'dexie';
import { dashboardFromRollups, dealsNeeded } from '../fromRollups';
import { periodStart, dayOf } from '../period';
import { currencyContext } from '../../../model';
import { readFigureDeals, readNumbers } from './numbers';
import type { insightsMethods } from '../contract';
import type { StoreContext } from '../../../store/context';
import { getPipelineOrThrow } from '../../../store/lookups';
import { readSettings } from '../../../store/derive';
import type { HandlerTable } from '../../../store/handlerTable';
import { periodPlan, rangesToRead } from '../levels';

/**
 * The pipeline's rollup rows for a period, by `[pipelineId+day]` ranges (levels.ts): the
 * snapshot rows (funnel, forecast, currencies), the leading days and weeks, then whole months
 * (all time: the all-time sums); activities by day, then by week. A few hundred rows.
 */
async function periodRows(ctx: StoreContext, pipelineId: string, from: number | null) {
  const byDay = ctx.db.rollups.where('[pipelineId+day]');
  const ranges = rangesToRead(periodPlan(from === null ? null : dayOf(from)));
  const read = await Promise.all(
    ranges.map((r) => byDay.between([pipelineId, r.from], [pipelineId, r.to], true, false).toArray()),
  );
  return read.flat();
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
  /** The rep's own numbers: see handlers/numbers.ts. */
  async 'insights.numbers'(_input, ctx) {
    return readNumbers(ctx);
  },
  /** The deals behind one of those figures, when the rep opens its list. */
  async 'insights.figureDeals'({ figure }, ctx) {
    return readFigureDeals(ctx, figure);
  },
};
