import { useEffect, useMemo, useState } from 'react';
import type { BoardFilters } from '../../state/boardFilters';
import type { ColumnModel } from './boardColumns';
import { afterFrame } from './slices';

/** Columns and the filters they show. */
export interface ShownColumns {
  columns: readonly ColumnModel[];
  filters: BoardFilters;
}

/**
 * Columns whose new cards a frame lays out at most, when a filter result changes the cards at
 * the top of many columns of a large board (each column's top cards are ~12–14 rows to style,
 * lay out and paint: all of them at once was the longest task while typing at 100,000 deals).
 */
export const COLUMNS_PER_FRAME = 3;
/** A column whose first this many cards are the ones drawn already costs its frame nearly nothing. */
export const TOP_ROWS = 16;

/** True when `next` draws other cards than `drawn` at the top of its list (what it mounts). */
function topChanged(drawn: ColumnModel, next: ColumnModel): boolean {
  if (drawn.shown === next.shown) return false;
  const rows = Math.min(TOP_ROWS, Math.max(drawn.shown.length, next.shown.length));
  for (let i = 0; i < rows; i++) if (drawn.shown[i] !== next.shown[i]) return true;
  return false;
}

/**
 * One step from the columns `drawn` toward `target`: `target` itself when it is reached in this
 * step, else `drawn`'s columns with the next `perStep` columns whose top cards change replaced by
 * `target`'s (any cheaper change is taken along), still saying `drawn`'s filters. Only a change of
 * filters is spread over frames: anything else (new data, a drop, another sort or pipeline) is
 * `target` at once.
 */
export function towards(
  drawn: ShownColumns,
  target: ShownColumns,
  perStep = COLUMNS_PER_FRAME,
): ShownColumns {
  if (drawn.columns === target.columns || drawn.filters === target.filters) return target;
  if (drawn.columns.length !== target.columns.length) return target;
  const columns = drawn.columns.slice();
  let costly = 0;
  for (let i = 0; i < columns.length; i++) {
    const [was, next] = [columns[i]!, target.columns[i]!];
    if (was === next) continue;
    if (was.stage.id !== next.stage.id) return target;
    if (topChanged(was, next) && ++costly > perStep) return { columns, filters: drawn.filters };
    columns[i] = next;
  }
  return target;
}

/**
 * `target` drawn over several frames on a board of over `LARGE_BOARD` cards (`large`): a filter
 * result that changes the top cards of many columns replaces `COLUMNS_PER_FRAME` of them per
 * frame (the board saying the last query until the last one is in), so no frame lays out every
 * column's new cards. Otherwise `target` as it is, in the same render.
 */
export function useColumnsInFrames(target: ShownColumns, large: boolean): ShownColumns {
  const { columns, filters } = target;
  // What the last step drew (null: nothing recorded, as on a board not large).
  const [drawn, setDrawn] = useState<ShownColumns | null>(null);
  if (!large && drawn !== null) setDrawn(null); // once, when the board stops being large
  const wanted = useMemo(() => ({ columns, filters }), [columns, filters]);
  // `towards` gives `wanted` itself once it is drawn (the same columns) or anything but filters changed.
  const view = useMemo(
    () => (!large ? null : drawn === null ? wanted : towards(drawn, wanted)),
    [large, drawn, wanted],
  );
  // The last step is recorded as drawn in this render (no render more); each other step once its
  // frame is drawn, which asks for the next.
  if (view !== null && view === wanted && drawn !== wanted) setDrawn(wanted);
  useEffect(() => {
    if (view === null || view === drawn || view === wanted) return;
    return afterFrame(() => setDrawn(view));
  }, [view, drawn, wanted]);
  return view ?? target;
}
