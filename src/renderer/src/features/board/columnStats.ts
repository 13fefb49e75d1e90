import { weightedValue } from '../../../../shared/engine';
import { rateToHome, type CurrencyContext, type Pipeline } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';

export interface ColumnStats {
  count: number;
  /** Sum of deal values, in the home currency. */
  total: number;
  /** Sum of value × probability (the deal's own, else its stage's), in the home currency. */
  weighted: number;
  /** Deals counted but left out of the amounts: their currency has no rate in Settings. */
  unconverted: number;
}

const empty = (): ColumnStats => ({ count: 0, total: 0, weighted: 0, unconverted: 0 });

/**
 * Count, total and weighted value for every stage of the pipeline (stages with no card get
 * zeros). Amounts are converted to the home currency; a card whose currency has no rate is
 * counted and flagged, never summed at a wrong rate.
 */
export function columnStats(
  cards: readonly BoardCard[],
  pipeline: Pipeline,
  currencies: CurrencyContext,
): Map<string, ColumnStats> {
  const stats = new Map<string, ColumnStats>(pipeline.stages.map((s) => [s.id, empty()]));
  addToColumnStats(stats, cards, pipeline, currencies);
  return stats;
}

/** Add `cards` to running column figures (a large board's, taken a slice at a time). */
export function addToColumnStats(
  stats: Map<string, ColumnStats>,
  cards: readonly BoardCard[],
  pipeline: Pipeline,
  currencies: CurrencyContext,
): void {
  for (const card of cards) {
    const entry = stats.get(card.stageId);
    if (!entry) continue;
    entry.count += 1;
    const rate = rateToHome(card.currency, currencies);
    if (rate === null) {
      entry.unconverted += 1;
      continue;
    }
    // No per-card copies: this runs for every card on every filter keystroke.
    entry.total += card.value * rate;
    entry.weighted += weightedValue(card, pipeline) * rate;
  }
}
