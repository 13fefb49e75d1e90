import type { Deal, Pipeline } from '../model';
import { stageById } from './pipelineQuery';

/** The probability the forecast uses: the deal's own, else its stage's, else 0. */
/** What the forecast reads of a deal. */
export type ForecastInput = Pick<Deal, 'value' | 'probability' | 'stageId'>;

export function dealProbability(deal: Pick<Deal, 'probability' | 'stageId'>, pipeline: Pipeline): number {
  if (deal.probability !== null) return deal.probability;
  return stageById(pipeline, deal.stageId)?.probability ?? 0;
}

/** value × probability (deal probability overrides the stage's). */
export function weightedValue(deal: ForecastInput, pipeline: Pipeline): number {
  return deal.value * dealProbability(deal, pipeline);
}

/** A deal the forecast counts at 0 because its stage is no longer part of the pipeline. */
export interface ForecastWarning {
  dealId: string;
  title: string;
  message: string;
}

export interface ForecastMonth {
  /** YYYY-MM */
  month: string;
  /** Weighted value of the open deals, per stage id. */
  byStage: Record<string, number>;
  /** Weighted open pipeline: Σ value × probability of the open deals. */
  weighted: number;
  /** Committed: the value of the won deals (probability 1). */
  committed: number;
  /** committed + weighted: a win never lowers it (a deal won at its value counts 1 × value). */
  total: number;
  /** Open deals of this month whose stage no longer exists (counted at 0 unless they carry their own probability). */
  warnings: ForecastWarning[];
}

/** The month a deal counts in: its expected close, else (won) its signed date. */
function forecastMonth(deal: Deal): string | null {
  if (deal.expectedClose) return deal.expectedClose.slice(0, 7);
  if (deal.status === 'won' && deal.outcome?.kind === 'won') return deal.outcome.signedDate.slice(0, 7);
  return null;
}

/**
 * The forecast of this pipeline by month (ascending): won deals as committed value beside the
 * weighted open pipeline, so winning a deal moves it from weighted to committed in its month
 * (the expected-close month it was forecast in) instead of dropping it. Lost and disqualified
 * deals are left out. An open deal whose stage was removed is flagged with a warning.
 */
export function forecastByMonth(deals: readonly Deal[], pipeline: Pipeline): ForecastMonth[] {
  const months = new Map<string, ForecastMonth>();
  for (const deal of deals) {
    if (deal.pipelineId !== pipeline.id || (deal.status !== 'open' && deal.status !== 'won')) continue;
    const month = forecastMonth(deal);
    if (!month) continue;
    const entry = months.get(month) ?? {
      month,
      byStage: {},
      weighted: 0,
      committed: 0,
      total: 0,
      warnings: [],
    };
    if (deal.status === 'won') {
      entry.committed += deal.value;
      entry.total += deal.value;
    } else {
      const w = weightedValue(deal, pipeline);
      entry.byStage[deal.stageId] = (entry.byStage[deal.stageId] ?? 0) + w;
      entry.weighted += w;
      entry.total += w;
      if (!stageById(pipeline, deal.stageId)) {
        entry.warnings.push({
          dealId: deal.id,
          title: deal.title,
          message: `"${deal.title}" is in a stage this pipeline no longer has, so it counts at ${Math.round(
            dealProbability(deal, pipeline) * 100,
          )}%: move it to a stage.`,
        });
      }
    }
    months.set(month, entry);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
