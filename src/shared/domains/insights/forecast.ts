import type { Deal, Pipeline } from '../../model';
import { forecastByMonth } from '../../engine';
import type { ForecastRow } from './types';

/**
 * The forecast by expected close month: the engine's forecastByMonth — won value as
 * committed (probability 1) beside the weighted open pipeline, stacked by stage (value ×
 * probability, the deal's own probability overriding its stage's), with a warning per open
 * deal whose stage no longer exists. Forward-looking: the period selector does not apply;
 * months before the current one show deals whose close date has slipped.
 */
export function forecastSeries(deals: readonly Deal[], pipeline: Pipeline): ForecastRow[] {
  return forecastByMonth(deals, pipeline).map((m) => ({
    month: m.month,
    byStage: m.byStage,
    weighted: m.weighted,
    committed: m.committed,
    total: m.total,
    warnings: m.warnings.map((w) => w.message),
  }));
}
