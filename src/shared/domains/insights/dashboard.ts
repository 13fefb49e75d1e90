import {
  inHomeCurrency,
  type CurrencyContext,
  type Deal,
  type Pipeline,
  type StageHistoryEntry,
} from '../../model';
import { stageConversion } from './conversion';
import { forecastSeries } from './forecast';
import { funnel } from './funnel';
import { historyByDeal } from './history';
import { outcomes } from './outcomes';
import { periodStart } from './period';
import { sourceEffectiveness } from './sources';
import { timeInStage } from './timeInStage';
import type { ActivityWeekRow, Dashboard, Period } from './types';

export interface DashboardInput {
  pipeline: Pipeline;
  /** Every deal of the pipeline, whatever its status. */
  deals: readonly Deal[];
  /** The pipeline's stage history from the start of the period on (all of it for all time). */
  history: readonly StageHistoryEntry[];
  /** Activity volume per week of the period (activityByWeek, or weeksFromCounts from index counts). */
  activity: ActivityWeekRow[];
  period: Period;
  now: number;
  /** Home currency and rates: every amount of the dashboard is in home units. */
  money: CurrencyContext;
}

/** Every chart's series, from rows the store read; pure. */
export function buildDashboard({
  pipeline,
  deals: own,
  history,
  activity,
  period,
  now,
  money,
}: DashboardInput): Dashboard {
  const from = periodStart(period, now);
  const { deals, unconverted } = inHomeCurrency(own, money);
  const byDeal = historyByDeal(history, pipeline.id);
  return {
    pipeline: {
      id: pipeline.id,
      name: pipeline.name,
      stages: pipeline.stages.map((s) => ({ id: s.id, name: s.name })),
    },
    period,
    from,
    now,
    funnel: funnel(deals, pipeline),
    conversion: stageConversion(byDeal, pipeline, from, now),
    timeInStage: timeInStage(byDeal, pipeline, from, now),
    forecast: forecastSeries(deals, pipeline),
    outcomes: outcomes(deals, byDeal, from, now),
    sources: sourceEffectiveness(deals, byDeal, pipeline, from, now),
    activity,
    currency: money.home,
    unconverted,
  };
}
