import type { CardView } from './cardView';
import type { CardTest } from './filterCards';
import { scanIndex, searchIndexOf, type SearchIndex } from './searchIndex';
import { inSlices, type SliceBudget } from './slices';

/** One column's cards to test against the filters. */
export interface FilterJob {
  stageId: string;
  candidates: readonly CardView[];
}

/**
 * A filter over several columns done a slice at a time, so a pass over 100,000 cards never
 * holds the main thread longer than one slice: `step(budget)` tests up to `budget` more cards.
 * A text search over a list with its search index (searchIndex.ts) scans the index and visits
 * only the cards whose text matches; any other list is tested card by card.
 */
export class SlicedFilter {
  private readonly out = new Map<string, CardView[]>();
  private column = 0;
  private index = 0;

  /** `tally`: told of each card that passes (to sum a column's figures in the same slices). */
  constructor(
    private readonly jobs: readonly FilterJob[],
    private readonly test: CardTest,
    private readonly tally?: (stageId: string, view: CardView) => void,
  ) {}

  /** The index to scan for this list, when the search is one an index answers. */
  private indexFor(candidates: readonly CardView[]): SearchIndex | undefined {
    const { needle = '' } = this.test;
    return needle === '' || needle.includes('\n') ? undefined : searchIndexOf(candidates);
  }

  /** Test up to `budget` more cards; true once every column is done. */
  step(budget: number): boolean {
    let left = budget;
    while (this.column < this.jobs.length) {
      const { stageId, candidates } = this.jobs[this.column]!;
      let kept = this.out.get(stageId);
      if (!kept) this.out.set(stageId, (kept = []));
      const end = Math.min(candidates.length, this.index + left);
      const keep = (view: CardView) => {
        kept.push(view);
        this.tally?.(stageId, view);
      };
      const index = this.indexFor(candidates);
      if (index) {
        const { needle = '', others } = this.test;
        scanIndex(index, needle, this.index, end, (i) => {
          const view = candidates[i]!;
          if (!others || others(view)) keep(view);
        });
      } else
        for (let i = this.index; i < end; i++) {
          const view = candidates[i]!;
          if (this.test.matches(view)) keep(view);
        }
      left -= end - this.index;
      if (end < candidates.length) {
        this.index = end;
        return false;
      }
      this.column += 1;
      this.index = 0;
      if (left <= 0) return this.column >= this.jobs.length;
    }
    return true;
  }

  /** Each column's cards that passed, in their order (complete once `step` returned true). */
  get result(): ReadonlyMap<string, readonly CardView[]> {
    return this.out;
  }
}

/**
 * Run `filter` in tasks of at most about `budget.budgetMs` (`chunk` cards between two looks at
 * the clock), yielding to input and painting between tasks, then hand its result to `done`.
 * Returns a cancel: a newer keystroke drops the older job, so only the latest query's result
 * is ever shown.
 */
export function filterInSlices(
  filter: SlicedFilter,
  chunk: number,
  done: (shown: ReadonlyMap<string, readonly CardView[]>) => void,
  budget: SliceBudget = { budgetMs: FILTER_TASK_MS },
): () => void {
  return inSlices(
    () => filter.step(chunk),
    () => done(filter.result),
    budget,
  );
}

/** Milliseconds of filtering per task: well under a frame, so typing and painting go on between. */
export const FILTER_TASK_MS = 6;
