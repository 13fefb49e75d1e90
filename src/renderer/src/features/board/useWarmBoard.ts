import { useEffect, useMemo, useState } from 'react';
import type { CurrencyContext } from '../../../../shared/model';
import type { BoardData } from '../../../../shared/rpc/views';
import type { CardView } from './cardView';
import type { SortKey } from '../../state/boardFilters';
import type { BoardColumns } from './boardColumns';
import { inSlices } from './slices';
import { SlicedSort } from './slicedSort';

/** Up to this many cards without a view, the board derives them in the render that shows them. */
export const DERIVE_AT_ONCE = 5_000;
/** Card views derived, or cards sorted or merged, per task when a board has more to derive (a few ms). */
const SLICE = 2_000;

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
  const missing = useMemo(
    () => (data ? model.missingViews(data.cards, data.pipeline, now, DERIVE_AT_ONCE + 1) : 0),
    [model, data, now],
  );
  const [warmed, setWarmed] = useState<WarmBoard | null>(null);
  const [shown, setShown] = useState<WarmBoard | null>(null);
  const ready =
    data !== null && (missing <= DERIVE_AT_ONCE || (warmed?.data === data && warmed.now === now))
      ? { data, now }
      : null;
  // The last board drawn, kept while the next one's views are derived.
  if (ready && (shown?.data !== ready.data || shown.now !== ready.now)) setShown(ready);
  useEffect(() => {
    if (data === null || missing <= DERIVE_AT_ONCE) return;
    const { cards, pipeline } = data;
    let from = 0;
    let sorting:
      { stageId: string; members: readonly CardView[]; sortKey: SortKey; sort: SlicedSort }[] | null = null;
    const step = () => {
      if (from < cards.length) {
        model.warmViews(cards, pipeline, now, from, from + SLICE);
        from += SLICE;
        return false;
      }
      sorting ??= model
        .toSort(cards, pipeline, now, sorts)
        .map((job) => ({ ...job, sort: new SlicedSort(job.members, job.sortKey) }));
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
    return inSlices(step, () => setWarmed({ data, now }));
  }, [model, data, now, missing, sorts, currencies]);
  return ready ?? shown;
}
