import { useEffect } from 'react';
import type { BoardCard } from '../../../../shared/rpc/views';
import type { BoardColumns } from './boardColumns';
import { searchKey } from './searchKey';
import { SearchIndexBuilder } from './searchIndex';
import { inSlices } from './slices';
import { LARGE_BOARD } from './useFilteredColumns';

/** Keys built between two looks at the time left. */
const CHUNK = 256;
/** Milliseconds of keys per idle callback (or per task, where the page has no idle callbacks). */
const TASK_MS = 8;
/**
 * Cards a board's text index may lack (moved or edited since it was built: each tested by
 * `matchesNeedle` instead) before it is built again.
 */
export const STALE_CARDS = 512;

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
 * The work that makes a first search on `cards` cheap, done while `more()` says there is time
 * left; true once done. On a board of up to `LARGE_BOARD` cards: the board's text index (with
 * every card's search key), built again only once the one in `model` lacks more than
 * `STALE_CARDS` of its cards — a drop makes none. On a larger board (where a second copy of
 * every card's text would cost memory): the search keys alone.
 */
export function searchWarmer(
  cards: readonly BoardCard[],
  model: BoardColumns,
): (more: () => boolean) => boolean {
  if (cards.length > LARGE_BOARD) {
    let at = 0;
    return (more) => (at = warmSearchKeys(cards, at, more)) >= cards.length;
  }
  let builder: SearchIndexBuilder | null = null;
  return (more) => {
    if (!builder) {
      const index = model.searchIndex;
      if (index && index.missing(cards, STALE_CARDS + 1) <= STALE_CARDS) return true;
      builder = new SearchIndexBuilder(cards);
    }
    while (!builder.step(CHUNK)) if (!more()) return false;
    model.searchIndex = builder.result();
    return true;
  };
}

/**
 * While `enabled` (the live, settled board), do `searchWarmer`'s work when the page is idle, so
 * the rep's first search tests an index or keys instead of lower-casing every card's fields
 * between keystrokes. Never a long task: each idle period does at most `TASK_MS` of it.
 */
export function useWarmSearchKeys(cards: readonly BoardCard[], enabled: boolean, model: BoardColumns): void {
  useEffect(() => {
    if (!enabled) return;
    const warm = searchWarmer(cards, model);
    if (typeof requestIdleCallback !== 'function')
      return inSlices(
        () => warm(() => false),
        () => {},
        {
          budgetMs: TASK_MS,
        },
      );
    let handle = 0;
    const idle = (deadline: IdleDeadline) => {
      const until = performance.now() + TASK_MS;
      if (!warm(() => deadline.timeRemaining() > 1 && performance.now() < until))
        handle = requestIdleCallback(idle);
    };
    handle = requestIdleCallback(idle);
    return () => cancelIdleCallback(handle);
  }, [cards, enabled, model]);
}
