import type { Deal, Pipeline } from '../model';
import { forecastByMonth } from '../engine';
import type { ForecastRow } from './types';

/**
 * The weighted forecast by expected close month, stacked by stage: the engine's
 * forecastByMonth (open deals with an expected close, value × probability, the deal's
 * own probability overriding its stage's). Forward-looking: the period selector does not
 * apply; months before the current one show deals whose close date has slipped.
 */
export function forecastSeries(deals: readonly Deal[], pipeline: Pipeline): ForecastRow[] {
  return forecastByMonth(deals, pipeline).map((m) => ({ month: m.month, byStage: m.byStage, total: m.total }));
}
