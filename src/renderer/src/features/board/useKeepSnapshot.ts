import { useEffect } from 'react';
import type { CurrencyContext } from '../../../../shared/model';
import type { BoardData } from '../../../../shared/rpc/views';
import { useBoardFilters } from '../../state/boardFilters';
import { boardWentLive, saveBoardSnapshot } from '../../state/boardSnapshot';
import type { CardView } from './cardView';
import { buildBoardSnapshotInSlices } from './snapshot';

/** A burst of changes (a drag, an import) writes the snapshot once, after it settles. */
const SAVE_AFTER_MS = 800;

/**
 * While the live board is on screen, keep its snapshot for the next start (a few dozen cards,
 * written once changes pause); the start snapshot is never painted again in this window.
 */
export function useKeepSnapshot(
  data: BoardData,
  views: readonly CardView[],
  live: boolean,
  currencies: CurrencyContext,
): void {
  const sorts = useBoardFilters((s) => s.sorts);
  useEffect(() => {
    if (!live) return;
    boardWentLive();
    let stopped = false;
    let idle: number | undefined;
    // Built a slice at a time (a 100,000-card board in ~50 short tasks), then written at once.
    const save = () =>
      void buildBoardSnapshotInSlices(
        data,
        { now: Date.now(), sorts, currencies, views },
        () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
        () => stopped,
      ).then((snapshot) => {
        if (snapshot && !stopped) saveBoardSnapshot(snapshot);
      });
    // Written when the page is idle, so it never lands in the middle of the rep's typing or dragging.
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(save, { timeout: 2000 });
      else save();
    }, SAVE_AFTER_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [live, data, views, sorts, currencies]);
}
