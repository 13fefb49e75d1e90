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
 * While `enabled` (the live, settled board), build every card's search key when the page is
 * idle, so the rep's first search on a large board tests keys instead of lower-casing 100,000
 * cards' fields between keystrokes. Never a long task: each idle period builds at most `TASK_MS` of keys.
 */
export function useWarmSearchKeys(cards: readonly BoardCard[], enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let at = 0;
    const done = () => at >= cards.length;
    if (typeof requestIdleCallback !== 'function')
      return inSlices(
        () => ((at = warmSearchKeys(cards, at, () => false)), done()),
        () => {},
        {
          budgetMs: TASK_MS,
        },
      );
    let handle = 0;
    const idle = (deadline: IdleDeadline) => {
      const until = performance.now() + TASK_MS;
      at = warmSearchKeys(cards, at, () => deadline.timeRemaining() > 1 && performance.now() < until);
      if (!done()) handle = requestIdleCallback(idle);
    };
    handle = requestIdleCallback(idle);
    return () => cancelIdleCallback(handle);
  }, [cards, enabled]);
}
