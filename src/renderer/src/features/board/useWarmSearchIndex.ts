import { useEffect, useRef } from 'react';
import type { SortedColumn } from './boardColumns';
import type { CardView } from './cardView';
import { SearchIndexBuilder, searchIndexOf } from './searchIndex';
import { inSlices } from './slices';
import { whenIdle } from '../../ui/whenIdle';

/** Milliseconds of indexing per idle callback (or per task, where the page has no idle callbacks). */
const TASK_MS = 8;

/** Indexes begun and not finished, by list: a later idle moment (or render) goes on with them. */
const building = new WeakMap<readonly CardView[], SearchIndexBuilder>();

/**
 * Build the search indexes of `lists` (searchIndex.ts), in order, while `more()` says there is
 * time left (asked after each piece of `PIECE` cards); true once every list has its index.
 */
export function warmSearchIndexes(lists: readonly (readonly CardView[])[], more: () => boolean): boolean {
  for (const list of lists) {
    if (searchIndexOf(list)) continue;
    let builder = building.get(list);
    if (!builder) building.set(list, (builder = new SearchIndexBuilder(list)));
    while (!builder.step()) if (!more()) return false;
    building.delete(list);
    if (!more()) return lists.every((l) => searchIndexOf(l));
  }
  return true;
}

/**
 * While `enabled` (the live, settled board), build each column's search index when the page is
 * idle, so a search scans the columns' text instead of visiting their cards (a 100,000-deal board
 * searched in milliseconds, not hundreds). The board's first indexes are built in the first idle
 * moments, as the board settles; a column whose cards change later (a move, an edit) gets a new
 * list, indexed once the rep has paused (`whenIdle`): a drop followed by the next drag builds
 * nothing between them. Until its index is in, a column is searched card by card. Never a long
 * task: each idle period builds at most `TASK_MS` of index. Give it the columns the store
 * confirmed, not a drop's optimistic ones: those are replaced as soon as the save lands.
 */
export function useWarmSearchIndex(columns: readonly SortedColumn[], enabled: boolean): void {
  /** The board's first indexes are built: later ones wait for the rep to pause. */
  const warmed = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    const lists = columns.map((c) => c.sorted);
    if (lists.every((list) => searchIndexOf(list))) return;
    const done = () => {
      warmed.current = true;
    };
    if (typeof requestIdleCallback !== 'function')
      return inSlices(() => warmSearchIndexes(lists, () => false), done, { budgetMs: TASK_MS });
    let cancel = () => {};
    const idle = (deadline: IdleDeadline) => {
      const until = performance.now() + TASK_MS;
      const more = () => deadline.timeRemaining() > 1 && performance.now() < until;
      if (warmSearchIndexes(lists, more)) return done();
      const handle = requestIdleCallback(idle);
      cancel = () => cancelIdleCallback(handle);
    };
    const start = () => {
      const handle = requestIdleCallback(idle);
      cancel = () => cancelIdleCallback(handle);
    };
    if (warmed.current) cancel = whenIdle(start);
    else start();
    return () => cancel();
  }, [columns, enabled]);
}
