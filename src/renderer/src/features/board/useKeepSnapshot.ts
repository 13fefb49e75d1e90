import { useEffect } from 'react';
import type { CurrencyContext } from '../../../../shared/model';
import type { BoardData } from '../../../../shared/rpc/views';
import { useBoardFilters } from '../../state/boardFilters';
import { boardWentLive, saveBoardSnapshot, type PipelineChoice } from '../../state/boardSnapshot';
import type { SortedColumn } from './boardColumns';
import type { CardView } from './cardView';
import type { ColumnStats } from './columnStats';
import { buildBoardSnapshot } from './snapshot';

/** A burst of changes (a drag, an import) writes the snapshot once, after it settles. */
const SAVE_AFTER_MS = 800;

/**
 * While the live board is on screen, keep its snapshot for the next start (a few dozen cards,
 * and the pipelines the toolbar offers, written once changes pause); the start snapshot is never
 * painted again in this window.
 */
export function useKeepSnapshot(
  data: BoardData,
  columns: readonly SortedColumn[],
  live: boolean,
  currencies: CurrencyContext,
  statsOf: (views: readonly CardView[]) => ColumnStats,
  pipelines: readonly PipelineChoice[] | undefined,
): void {
  const sorts = useBoardFilters((s) => s.sorts);
  useEffect(() => {
    if (!live) return;
    boardWentLive();
    let idle: number | undefined;
    const save = () =>
      saveBoardSnapshot(
        buildBoardSnapshot(data, { now: Date.now(), sorts, currencies, columns, statsOf, pipelines }),
      );
    // Written when the page is idle, so it never lands in the middle of the rep's typing or dragging.
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(save, { timeout: 2000 });
      else save();
    }, SAVE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [live, data, columns, sorts, currencies, statsOf, pipelines]);
}
