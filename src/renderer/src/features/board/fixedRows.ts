/** Which rows of a list of equal-height rows are in view: pure arithmetic, O(1) in the list's length. */
export interface RowWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Last row drawn (exclusive). */
  end: number;
}

/** The rows a viewport spans, their count rounded up to whole blocks of `block` rows; the list's length aside. */
export interface ViewRows {
  first: number;
  last: number;
}

/**
 * The rows that a viewport at `scrollTop` spans: from the first row in view, as many rows as it
 * spans rounded up to whole blocks of `block` (a viewport a little taller or shorter draws the
 * same rows). Only the count is rounded, never the first row down to a block's start: blocks
 * placed on the list drew up to two blocks for a viewport across their boundary (24 rows for 7 in
 * view with blocks of 10 and an overscan of 2), each of them mounted and laid out at a scroll step.
 */
export function viewRows(rowHeight: number, scrollTop: number, viewport: number, block = 1): ViewRows {
  if (rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight);
  const spanned = Math.ceil((top + Math.max(0, viewport)) / rowHeight) - first;
  return { first, last: first + Math.ceil(spanned / block) * block };
}

/** The rows to draw of a list of `count` for the rows in view: plus `overscan` on each side, clamped to the list. */
export function windowOf(count: number, rows: ViewRows, overscan: number): RowWindow {
  if (count <= 0) return { start: 0, end: 0 };
  const start = Math.min(count, Math.max(0, rows.first - overscan));
  const end = Math.min(count, Math.max(start, rows.last + overscan));
  return { start, end };
}

/**
 * The rows to draw for a scroll position: those in the viewport, their count rounded up to whole
 * blocks of `block` rows, plus `overscan` on each side, clamped to the list. No per-row measurement, so a
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
  if (rowHeight <= 0) return { start: 0, end: 0 };
  return windowOf(count, viewRows(rowHeight, scrollTop, viewport, block), overscan);
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
