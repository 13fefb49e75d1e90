import { useEffect, useMemo, useState } from 'react';
import type { BoardData } from '../../../../shared/rpc/views';
import type { BoardColumns } from './boardColumns';
import { inSlices } from './slices';

/** Up to this many cards without a view, the board derives them in the render that shows them. */
export const DERIVE_AT_ONCE = 5_000;
/** Card views derived per task when a board has more to derive (a few ms each). */
const SLICE = 4_000;

/** A board and the clock reading its card views are derived for. */
export interface WarmBoard {
  data: BoardData;
  now: number;
}

/**
 * The board to draw: `data` at `now` once its card views are derived, else the last board that
 * was (or null). A board with more than `DERIVE_AT_ONCE` views to derive (the first 100,000
 * cards, every card at a minute tick) has them derived a slice per task, never in one long
 * task, while the board on screen stays as it is; a move or an edit (a few views) is drawn at once.
 */
export function useWarmBoard(model: BoardColumns, data: BoardData | null, now: number): WarmBoard | null {
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
    let from = 0;
    return inSlices(
      () => {
        model.warmViews(data.cards, data.pipeline, now, from, from + SLICE);
        from += SLICE;
        return from >= data.cards.length;
      },
      () => setWarmed({ data, now }),
    );
  }, [model, data, now, missing]);
  return ready ?? shown;
}
