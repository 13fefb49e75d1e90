/** Which rows of a list of equal-height rows are in view: pure arithmetic, O(1) in the list's length. */
export interface RowWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Last row drawn (exclusive). */
  end: number;
}

/**
 * The rows to draw for a scroll position: those in the viewport, widened to whole blocks of
 * `block` rows, plus `overscan` on each side, clamped to the list. No per-row measurement, so a
 * 50,000-card column costs what it shows; the blocks keep the same rows drawn when the viewport
 * changes by a little (the start-up snapshot's column and the live one draw the same cards).
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
  block = 1,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight / block) * block;
  const last = Math.ceil((top + Math.max(0, viewport)) / rowHeight / block) * block;
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}

/**
 * The scrollTop that brings row `index` fully into view, moving as little as possible; null when
 * it already is.
 */
export function scrollTopFor(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return null;
}
