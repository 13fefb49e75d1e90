import type { CardView } from './cardView';
import type { FilterJob } from './slicedFilter';

/** A column's first cards that pass; `complete` when they are all of them (every candidate tested). */
export interface ColumnHead {
  cards: readonly CardView[];
  complete: boolean;
}

/**
 * Each job's first `rows` cards that `matches` lets through, in the candidates' order (a column's
 * sort order): the rows its list draws, found without testing the rest of the column. At most
 * `budget` cards are tested in all; null when that is not enough to find every column's head
 * (few matches spread over a long column: the whole pass is then no dearer than the head).
 */
export function filterHeads(
  jobs: readonly FilterJob[],
  matches: (view: CardView) => boolean,
  rows: number,
  budget: number,
): Map<string, ColumnHead> | null {
  const heads = new Map<string, ColumnHead>();
  let left = budget;
  for (const { stageId, candidates } of jobs) {
    const cards: CardView[] = [];
    let i = 0;
    for (; i < candidates.length && cards.length < rows; i++) {
      if (left-- <= 0) return null;
      const view = candidates[i]!;
      if (matches(view)) cards.push(view);
    }
    heads.set(stageId, { cards, complete: i === candidates.length });
  }
  return heads;
}

/** True when every head is its column's whole result. */
export function allComplete(heads: ReadonlyMap<string, ColumnHead>): boolean {
  for (const head of heads.values()) if (!head.complete) return false;
  return true;
}
