import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { scrollTopFor, viewRows, windowOf, type ViewRows } from './fixedRows';

/**
 * Rows drawn beyond the viewport on each side. Few: every card drawn is mounted when a keystroke
 * changes what a column shows, so each extra row costs that interaction; rows are fixed-height
 * and cheap to add as a scroll comes.
 */
const OVERSCAN = 2;

/**
 * Virtual rows of one fixed height for a scrolling element: the window of rows in view, kept
 * up to date on scroll and resize (with `picture`, the rows a list as tall as the window shows
 * from its top: the start-up snapshot's board, which takes no input, drawn without a layout
 * read). Each update is O(rows in view), whatever the list's length (a general virtualizer
 * keeps a measurement per row and rebuilds them all when the count changes).
 * What is measured (the rows the viewport spans) does not depend on the count, so a change of
 * count — a drop, a keystroke — windows by arithmetic in its render and reads no layout.
 */
export function useFixedRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  { picture = false } = {},
) {
  const [rows, setRows] = useState<ViewRows>(() => viewRows(rowHeight, 0, rowHeight * 10));
  const [windowHeight] = useState(() => window.innerHeight);
  const update = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const next = viewRows(rowHeight, el.scrollTop, el.clientHeight);
    setRows((last) => (last.first === next.first && last.last === next.last ? last : next));
  }, [scrollRef, rowHeight]);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize?.disconnect();
    };
  }, [scrollRef, update]);
  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const top = scrollTopFor(index, rowHeight, el.scrollTop, el.clientHeight);
      if (top !== null) el.scrollTop = top;
      update();
    },
    [scrollRef, rowHeight, update],
  );
  // A start-up picture (the last board's snapshot) is never scrolled: the rows a window-tall list
  // would show, no overscan (the first paint's cards are most of its work). The live list draws
  // at least those (a row or two below the fold): going live never drops one of the picture's
  // rows, and a banner that shortens the list by a row (the live board's) leaves them drawn.
  // The window's height is read once, when the list is first drawn (the picture's render): a
  // keystroke's or a drop's render reads no layout (`innerHeight` can force one).
  const pictured = windowOf(count, viewRows(rowHeight, 0, windowHeight), 0);
  if (picture) return { ...pictured, totalSize: count * rowHeight, scrollToIndex };
  const { start, end } = windowOf(count, rows, OVERSCAN);
  return { start, end: Math.max(end, pictured.end), totalSize: count * rowHeight, scrollToIndex };
}
