import type { CardView } from './cardView';
import { compareKeyed, keyedCards, type KeyedCard, type SortKey } from './filterCards';

/**
 * `sortCards` done a slice at a time, so sorting a 50,000-card column never holds the main
 * thread for long: runs of `budget` cards are sorted one per step, then merged pairwise, up to
 * `budget` cards a step. A merge sort of a total order: the same result as `sortCards`.
 */
export class SlicedSort {
  private rows: KeyedCard[] | null = null;
  private runs: KeyedCard[][] = [];
  private next: KeyedCard[][] = [];
  private sortedUpTo = 0;
  /** The merge in progress: runs[pair], runs[pair + 1] into `out`. */
  private pair = 0;
  private i = 0;
  private j = 0;
  private out: KeyedCard[] = [];

  constructor(
    private readonly views: readonly CardView[],
    private readonly key: SortKey,
  ) {}

  /** Do up to about `budget` cards' work; true once the column is sorted. */
  step(budget: number): boolean {
    if (!this.rows) {
      this.rows = keyedCards(this.views, this.key);
      return this.rows.length === 0;
    }
    if (this.sortedUpTo < this.rows.length) {
      const end = Math.min(this.rows.length, this.sortedUpTo + budget);
      this.runs.push(this.rows.slice(this.sortedUpTo, end).sort(compareKeyed));
      this.sortedUpTo = end;
      return this.runs.length === 1 && end === this.rows.length;
    }
    return this.merge(budget);
  }

  private merge(budget: number): boolean {
    let left = budget;
    while (this.runs.length > 1) {
      const a = this.runs[this.pair];
      const b = this.runs[this.pair + 1];
      if (!a) {
        this.runs = this.next;
        this.next = [];
        this.pair = 0;
        continue;
      }
      if (!b) {
        this.next.push(a);
        this.pair += 1;
        continue;
      }
      while (left > 0 && (this.i < a.length || this.j < b.length)) {
        const takeA = this.j >= b.length || (this.i < a.length && compareKeyed(a[this.i]!, b[this.j]!) <= 0);
        this.out.push(takeA ? a[this.i++]! : b[this.j++]!);
        left -= 1;
      }
      if (this.i < a.length || this.j < b.length) return false;
      this.next.push(this.out);
      this.out = [];
      this.i = 0;
      this.j = 0;
      this.pair += 2;
      if (left <= 0) return false;
    }
    return true;
  }

  /** The sorted column (complete once `step` returned true). */
  get result(): CardView[] {
    return (this.runs[0] ?? []).map((r) => r.view);
  }
}
