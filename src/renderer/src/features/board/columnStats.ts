import { weightedValue } from '../../../../shared/engine';
import { rateToHome, type CurrencyContext } from '../../../../shared/model/values';
import type { Pipeline } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';
import type { CardView } from './cardView';

export interface ColumnStats {
  count: number;
  /** Sum of deal values, in the home currency. */
  total: number;
  /** Sum of value × probability (the deal's own, else its stage's), in the home currency. */
  weighted: number;
  /** Deals counted but left out of the amounts: their currency has no rate in Settings. */
  unconverted: number;
}

export const emptyStats = (): ColumnStats => ({ count: 0, total: 0, weighted: 0, unconverted: 0 });

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
  const stats = new Map<string, ColumnStats>(pipeline.stages.map((s) => [s.id, emptyStats()]));
  for (const card of cards) {
    const entry = stats.get(card.stageId);
    if (entry) addToStats(entry, card, pipeline, currencies);
  }
  return stats;
}

/**
 * The figures of one column's cards (all of one stage), as `columnStats` gives them. Run for
 * every card a keystroke lets through: the stages' probabilities are looked up once, not per card.
 */
export function stageStats(
  views: readonly CardView[],
  pipeline: Pipeline,
  currencies: CurrencyContext,
): ColumnStats {
  const entry = emptyStats();
  const stageProbability = new Map(pipeline.stages.map((s) => [s.id, s.probability]));
  for (let i = 0; i < views.length; i++) {
    const card = views[i]!.card;
    // As weightedValue: the deal's own probability, else its stage's (0 for a stage no longer there).
    countCard(
      entry,
      card,
      card.value * (card.probability ?? stageProbability.get(card.stageId) ?? 0),
      currencies,
    );
  }
  return entry;
}

/** Count one card into a column's figures. */
export function addToStats(
  entry: ColumnStats,
  card: BoardCard,
  pipeline: Pipeline,
  currencies: CurrencyContext,
): void {
  countCard(entry, card, weightedValue(card, pipeline), currencies);
}

/**
 * A column's figures with one card put in (`sign` 1) or taken out (-1), without summing the
 * column again: a drop's two columns.
 */
export function withCard(
  stats: ColumnStats,
  card: BoardCard,
  pipeline: Pipeline,
  currencies: CurrencyContext,
  sign: 1 | -1,
): ColumnStats {
  const entry = { ...stats };
  countCard(entry, card, weightedValue(card, pipeline), currencies, sign);
  return entry;
}

/** Count one card, of this weighted value (in its own currency), into a column's figures (or out: `sign` -1). */
function countCard(
  entry: ColumnStats,
  card: BoardCard,
  weighted: number,
  currencies: CurrencyContext,
  sign: 1 | -1 = 1,
): void {
  entry.count += sign;
  const rate = rateToHome(card.currency, currencies);
  if (rate === null) {
    entry.unconverted += sign;
    return;
  }
  // No per-card copies: this runs for every card a filter keystroke lets through.
  entry.total += sign * card.value * rate;
  entry.weighted += sign * weighted * rate;
}
