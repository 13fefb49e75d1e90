import { weightedValue } from '../../../../shared/engine';
import type { Pipeline } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';

export interface ColumnStats {
  count: number;
  /** Sum of deal values. */
  total: number;
  /** Sum of value × probability (the deal's own, else its stage's). */
  weighted: number;
}

const empty = (): ColumnStats => ({ count: 0, total: 0, weighted: 0 });

/** Count, total and weighted value for every stage of the pipeline (stages with no card get zeros). */
export function columnStats(cards: readonly BoardCard[], pipeline: Pipeline): Map<string, ColumnStats> {
  const stats = new Map<string, ColumnStats>(pipeline.stages.map((s) => [s.id, empty()]));
  for (const card of cards) {
    const entry = stats.get(card.stageId);
    if (!entry) continue;
    entry.count += 1;
    entry.total += card.value;
    entry.weighted += weightedValue(card, pipeline);
  }
  return stats;
}
