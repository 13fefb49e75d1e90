import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CurrencyContext, Pipeline } from '../../../../shared/model';
import type { BoardCard, BoardData } from '../../../../shared/rpc/views';
import type { ArrivingCards } from '../../state/boardData';
import type { CardView } from './cardView';
import type { SortKey } from '../../state/boardFilters';
import type { BoardColumns } from './boardColumns';
import { inSlices } from './slices';
import { SlicedSort } from './slicedSort';

/** Up to this many cards without a view, the board derives them in the render that shows them. */
export const DERIVE_AT_ONCE = 5_000;
/** Card views derived, or cards sorted or merged, per task when a board has more to derive (a few ms). */
const SLICE = 2_000;
/**
 * Slices run per task until this many milliseconds are spent: a slice of views already derived
 * (a lookup each) or of a merge costs a millisecond or two, and every task given back to the
 * event loop costs its own scheduling on a loaded machine.
 */
const SLICE_BUDGET = { budgetMs: 8 };

/** A board and the clock reading its card views are derived for. */
export interface WarmBoard {
  data: BoardData;
  now: number;
}

/**
 * The board to draw: `data` at `now` once its card views are derived, else the last board that
 * was (or null). A board with more than `DERIVE_AT_ONCE` views to derive (the first 100,000
 * cards, every card at a minute tick) has them derived a slice per task, never in one long
 * task, and then each column that needs a full sort sorted ahead the same way (`SlicedSort`,
 * with its figures),
 * while the board on screen stays as it is; a move or an edit (a few views) is drawn at once.
 */
export function useWarmBoard(
  model: BoardColumns,
  data: BoardData | null,
  now: number,
  sorts: Readonly<Record<string, SortKey>>,
  currencies: CurrencyContext,
): WarmBoard | null {
  const [warmed, setWarmed] = useState<WarmBoard | null>(null);
  const [shown, setShown] = useState<WarmBoard | null>(null);
  // A board loaded anew (its views may have been derived while its pages arrived, see
  // `useWarmAhead`) still has its big columns to sort: that too is done a slice per task.
  const loadedAnew = data !== null && shown?.data.pipeline !== data.pipeline;
  const { missing, heavy, jobs } = useMemo(() => {
    if (!data) return { missing: 0, heavy: false, jobs: null };
    const views = model.missingViews(data.cards, data.pipeline, now, DERIVE_AT_ONCE + 1);
    const big = views > DERIVE_AT_ONCE || (loadedAnew && views > 0 && data.cards.length > DERIVE_AT_ONCE);
    // A large board's views still to derive (the last page's, when the others were derived
    // ahead) are derived in slices before its sorts are found, not in this render.
    if (big || !loadedAnew) return { missing: views, heavy: big, jobs: null };
    const jobs = model.toSort(data.cards, data.pipeline, now, sorts);
    return { missing: views, heavy: jobs.length > 0, jobs };
  }, [model, data, now, loadedAnew, sorts]);
  const ready =
    data !== null && (!heavy || (warmed?.data === data && warmed.now === now)) ? { data, now } : null;
  // The last board drawn, kept while the next one's views are derived.
  if (ready && (shown?.data !== ready.data || shown.now !== ready.now)) setShown(ready);
  useEffect(() => {
    if (data === null || !heavy) return;
    const { cards, pipeline } = data;
    // With its sorts already found (in the render), every view is there: none is walked again.
    let from = jobs === null && missing > 0 ? 0 : cards.length;
    let sorting:
      { stageId: string; members: readonly CardView[]; sortKey: SortKey; sort: SlicedSort }[] | null = null;
    const step = () => {
      if (from < cards.length) {
        model.warmViews(cards, pipeline, now, from, from + SLICE);
        from += SLICE;
        return false;
      }
      sorting ??= (jobs ?? model.toSort(cards, pipeline, now, sorts)).map((job) => ({
        ...job,
        sort: new SlicedSort(job.members, job.sortKey),
      }));
      const job = sorting[0];
      if (!job) return true;
      if (job.sort.step(SLICE)) {
        const order = job.sort.result;
        model.primeSorted(job.stageId, job.members, job.sortKey, order);
        // Its figures too (kept per array: the column's, unfiltered), in the same task.
        model.stats(order, pipeline, currencies);
        sorting.shift();
      }
      return false;
    };
    return inSlices(step, () => setWarmed({ data, now }), SLICE_BUDGET);
  }, [model, data, now, missing, heavy, jobs, sorts, currencies]);
  return ready ?? shown;
}

/**
 * A callback for `useBoardData`: the card views of each page, derived as the page arrives (a
 * slice per task, while the store reads the next pages), so a large board's views are ready
 * when its last page is in and `useWarmBoard` has only its big columns left to sort.
 */
export function useWarmAhead(model: BoardColumns, now: number): ArrivingCards {
  const clock = useRef(now);
  const queue = useRef<{ pipeline: Pipeline; cards: readonly BoardCard[]; from: number }[]>([]);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => {
    clock.current = now;
  }, [now]);
  useEffect(
    () => () => {
      cancel.current?.();
      queue.current = [];
    },
    [],
  );
  return useCallback(
    (pipeline, cards) => {
      if (cards.length === 0) return;
      queue.current.push({ pipeline, cards, from: 0 });
      if (cancel.current) return;
      const step = () => {
        const job = queue.current[0];
        if (!job) return true;
        model.warmViews(job.cards, job.pipeline, clock.current, job.from, job.from + SLICE);
        job.from += SLICE;
        if (job.from >= job.cards.length) queue.current.shift();
        return queue.current.length === 0;
      };
      cancel.current = inSlices(step, () => (cancel.current = null), SLICE_BUDGET);
    },
    [model],
  );
}
