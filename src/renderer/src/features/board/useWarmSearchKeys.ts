import { useEffect } from 'react';
import type { BoardCard } from '../../../../shared/rpc/views';
import { searchKey } from './searchKey';
import { inSlices } from './slices';

/** Keys built between two looks at the time left. */
const CHUNK = 256;
/** Milliseconds of keys per idle callback (or per task, where the page has no idle callbacks). */
const TASK_MS = 8;

/**
 * Build the search keys of `cards` from index `from` while `more()` says there is time left
 * (asked every `CHUNK` keys); returns the index it stopped at (`cards.length` when done).
 */
export function warmSearchKeys(cards: readonly BoardCard[], from: number, more: () => boolean): number {
  let i = from;
  while (i < cards.length) {
    const end = Math.min(cards.length, i + CHUNK);
    for (; i < end; i++) searchKey(cards[i]!);
    if (!more()) break;
  }
  return i;
}

/**
 * `warm` each of `columns` from index `from` while `more()` says there is time left (`warm`
 * itself asks it, does a part at least, and says whether the column is done); returns the index
 * it stopped at (`columns.length` when done).
 */
export function warmColumns<C>(
  columns: readonly C[],
  from: number,
  warm: (column: C, more: () => boolean) => boolean,
  more: () => boolean,
): number {
  let i = from;
  while (i < columns.length) {
    if (warm(columns[i]!, more)) i += 1;
    if (!more()) break;
  }
  return i;
}

/**
 * Run `warm(from, more)` (which does what `more()` allows from item `from` and returns where it
 * stopped) when the page is idle, at most `TASK_MS` an idle period, until `count` items are
 * done. Returns a cancel.
 */
function warmWhenIdle(count: number, warm: (from: number, more: () => boolean) => number): () => void {
  let at = 0;
  const done = () => at >= count;
  if (typeof requestIdleCallback !== 'function')
    return inSlices(
      () => ((at = warm(at, () => false)), done()),
      () => {},
      {
        budgetMs: TASK_MS,
      },
    );
  let handle = 0;
  const idle = (deadline: IdleDeadline) => {
    const until = performance.now() + TASK_MS;
    at = warm(at, () => deadline.timeRemaining() > 1 && performance.now() < until);
    if (!done()) handle = requestIdleCallback(idle);
  };
  handle = requestIdleCallback(idle);
  return () => cancelIdleCallback(handle);
}

/**
 * While `enabled` (the live, settled board), build every card's search key when the page is
 * idle, so the rep's first search on a large board tests keys instead of lower-casing 100,000
 * cards' fields between keystrokes. Never a long task: each idle period builds at most `TASK_MS` of keys.
 */
export function useWarmSearchKeys(cards: readonly BoardCard[], enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    return warmWhenIdle(cards.length, (from, more) => warmSearchKeys(cards, from, more));
  }, [cards, enabled]);
}

/**
 * While `enabled` (the live, settled board that is searched through haystacks), `warm` each
 * column (its haystack and figures' parts) when the page is idle (while the period lasts, a part
 * of a column at least), so a search (the first, or the first after a drop changed two columns) finds
 * them built.
 */
export function useWarmColumns<C>(
  columns: readonly C[],
  warm: (column: C, more: () => boolean) => boolean,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled) return;
    return warmWhenIdle(columns.length, (from, more) => warmColumns(columns, from, warm, more));
  }, [columns, warm, enabled]);
}
