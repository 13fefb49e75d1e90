import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { rowWindow, scrollTopFor, type RowWindow } from './fixedRows';

const OVERSCAN = 6;
/** Rows in view are drawn in whole blocks of this many. */
const BLOCK = 10;

function sameWindow(a: RowWindow, b: RowWindow) {
  return a.start === b.start && a.end === b.end;
}

/**
 * Virtual rows of one fixed height for a scrolling element: the window of rows in view, kept
 * up to date on scroll and resize. Each update is O(rows in view), whatever the list's length
 * (a general virtualizer keeps a measurement per row and rebuilds them all when the count changes).
 */
export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number) {
  const [range, setRange] = useState<RowWindow>(() =>
    rowWindow(count, rowHeight, 0, rowHeight * 10, OVERSCAN, BLOCK),
  );
  const update = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const next = rowWindow(count, rowHeight, el.scrollTop, el.clientHeight, OVERSCAN, BLOCK);
    setRange((last) => (sameWindow(last, next) ? last : next));
  }, [scrollRef, count, rowHeight]);
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
  // A list that shrank below the window: never point past its end.
  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  return { start, end, totalSize: count * rowHeight, scrollToIndex };
}
