import { useCallback, useEffect, useRef, useState } from 'react';

export type RovingMove = 'next' | 'previous' | 'first' | 'last';

/** Where a roving-focus move lands: clamps at the ends, like a list box. */
export function rovingTarget(count: number, from: number, move: RovingMove): number {
  if (count === 0) return -1;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  const at = from < 0 ? (move === 'next' ? -1 : count) : from;
  return Math.min(count - 1, Math.max(0, at + (move === 'next' ? 1 : -1)));
}

/**
 * Roving focus over rows in several lists: one row is in the tab order (tabIndex 0), the
 * arrow keys / j k move focus. When the focused row goes away (completed, snoozed into
 * another group), the row now at its place takes focus, so the keyboard never drops out.
 */
export function useRovingRows(keys: readonly string[]) {
  const [active, setActive] = useState<{ key: string; index: number } | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const activeIndex = active ? keys.indexOf(active.key) : -1;
  const fallbackIndex = active ? Math.min(active.index, keys.length - 1) : 0;
  const current = activeIndex >= 0 ? (active?.key ?? null) : (keys[fallbackIndex] ?? null);
  const currentIndex = current === null ? -1 : keys.indexOf(current);

  useEffect(() => {
    // The focused row vanished: focus went to <body>. Put it on the row that took its place.
    if (!active || activeIndex >= 0 || current === null) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    elements.current.get(current)?.focus();
  }, [active, activeIndex, current]);

  const focusRow = useCallback(
    (index: number) => {
      const key = keys[index];
      if (key === undefined) return;
      setActive({ key, index });
      elements.current.get(key)?.focus();
    },
    [keys],
  );

  /** Move focus; from outside the rows, next / previous first land on the row in the tab order. */
  const move = (how: RovingMove, fromRow = true) =>
    focusRow(
      !fromRow && (how === 'next' || how === 'previous') && currentIndex >= 0
        ? currentIndex
        : rovingTarget(keys.length, currentIndex, how),
    );

  const rowProps = (key: string) => ({
    'data-row-key': key,
    tabIndex: key === current ? 0 : -1,
    ref: (el: HTMLElement | null) => {
      if (el) elements.current.set(key, el);
      else elements.current.delete(key);
    },
    onFocus: () => {
      if (active?.key !== key) setActive({ key, index: keys.indexOf(key) });
    },
  });

  return { current, move, rowProps };
}
