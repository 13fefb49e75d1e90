import type { Deal, Pipeline } from '../model';
import { stageById } from './pipelineQuery';

/** The probability the forecast uses: the deal's own, else its stage's, else 0. */
export function dealProbability(deal: Deal, pipeline: Pipeline): number {
  if (deal.probability !== null) return deal.probability;
  return stageById(pipeline, deal.stageId)?.probability ?? 0;
}

/** value × probability (deal probability overrides the stage's). */
export function weightedValue(deal: Deal, pipeline: Pipeline): number {
  return deal.value * dealProbability(deal, pipeline);
}

export interface ForecastMonth {
  /** YYYY-MM */
  month: string;
  /** Weighted value per stage id. */
  byStage: Record<string, number>;
  total: number;
}

/** Weighted pipeline of the open deals of this pipeline that have an expected close, by month (ascending). */
export function forecastByMonth(deals: readonly Deal[], pipeline: Pipeline): ForecastMonth[] {
  const months = new Map<string, ForecastMonth>();
  for (const deal of deals) {
    if (deal.status !== 'open' || !deal.expectedClose || deal.pipelineId !== pipeline.id) continue;
    const month = deal.expectedClose.slice(0, 7);
    const entry = months.get(month) ?? { month, byStage: {}, total: 0 };
    const w = weightedValue(deal, pipeline);
    entry.byStage[deal.stageId] = (entry.byStage[deal.stageId] ?? 0) + w;
    entry.total += w;
    months.set(month, entry);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
