import { useEffect } from 'react';
import type { BoardCard } from '../../../../shared/rpc/views';
import { searchKey } from './searchKey';
import { FILTER_AT_ONCE } from './useFilteredColumns';

/** Search keys built per idle callback while it has time left (a few ms of work). */
const SLICE = 1_000;

/**
 * Build the cards' search keys while the page is idle, so the rep's first keystroke only
 * compares strings instead of building 10,000 keys in its frame. Only for a board a keystroke
 * filters at once (`FILTER_AT_ONCE`): a larger one is filtered a slice per task anyway, and its
 * keys are not held before a search asks for them. Stops when the cards change (a move builds
 * one key, at the keystroke that needs it).
 */
export function useWarmSearchKeys(cards: readonly BoardCard[], enabled: boolean): void {
  useEffect(() => {
    if (!enabled || cards.length > FILTER_AT_ONCE || typeof requestIdleCallback !== 'function') return;
    let next = 0;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (next < cards.length && deadline.timeRemaining() > 1) {
        const end = Math.min(cards.length, next + SLICE);
        for (; next < end; next++) searchKey(cards[next]!);
      }
      if (next < cards.length) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [cards, enabled]);
}
