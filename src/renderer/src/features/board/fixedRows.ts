/** Which rows of a list of equal-height rows are in view: pure arithmetic, O(1) in the list's length. */
export interface RowWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Last row drawn (exclusive). */
  end: number;
}

/** The rows a viewport spans, the list's length aside. */
export interface ViewRows {
  first: number;
  last: number;
}

/**
 * The rows that a viewport at `scrollTop` spans, from the first row in view to the last: no more
 * (every row drawn is rewritten when a keystroke or a drop changes what its column shows).
 */
export function viewRows(rowHeight: number, scrollTop: number, viewport: number): ViewRows {
  if (rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, scrollTop);
  return {
    first: Math.floor(top / rowHeight),
    last: Math.ceil((top + Math.max(0, viewport)) / rowHeight),
  };
}

/** The rows to draw of a list of `count` for the rows in view: plus `overscan` on each side, clamped to the list. */
export function windowOf(count: number, rows: ViewRows, overscan: number): RowWindow {
  if (count <= 0) return { start: 0, end: 0 };
  const start = Math.min(count, Math.max(0, rows.first - overscan));
  const end = Math.min(count, Math.max(start, rows.last + overscan));
  return { start, end };
}

/**
 * The rows to draw for a scroll position: those in the viewport plus `overscan` on each side,
 * clamped to the list. No per-row measurement, so a 50,000-card column costs what it shows.
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): RowWindow {
  if (rowHeight <= 0) return { start: 0, end: 0 };
  return windowOf(count, viewRows(rowHeight, scrollTop, viewport), overscan);
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
