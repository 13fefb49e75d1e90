import { useEffect, useMemo, useState } from 'react';
import type { CurrencyContext, Pipeline } from '../../../../shared/model';
import type { BoardFilters } from '../../state/boardFilters';
import type { BoardColumns, PassedCards, SortedColumn } from './boardColumns';
import { addToStats, emptyStats } from './columnStats';
import type { CardView } from './cardView';
import { cardTest, NO_FILTERS } from './filterCards';
import { keyedAll, missingSearchKeys, searchNeedle } from './searchKey';
import { searchIndexOf } from './searchIndex';
import { filterInSlices, SlicedFilter, type FilterJob } from './slicedFilter';
import { useColumnsInFrames, type ShownColumns } from './columnsInFrames';
import { useViewShown } from '../../ui/viewShown';

/**
 * Up to this many cards to test, a keystroke filters at once (a few ms: a 10,000-deal board
 * answers in the keystroke's frame); above, a slice at a time.
 */
export const FILTER_AT_ONCE = 12_000;
/**
 * On a board of more than `LARGE_BOARD` cards, a keystroke tests at most this many at once:
 * there each card costs several times more to test (100,000 cards' objects and keys spread over
 * a large heap). At 100,000 deals, narrowing "Northwind" to "Northwind P" tested every card the
 * last search let through in the keystroke's render: 82 ms in a CPU profile on the shared machine,
 * the long task the bench saw while filtering.
 */
export const FILTER_AT_ONCE_LARGE = 3_000;
export const LARGE_BOARD = 20_000;
/**
 * Up to this many search keys to build (lower-casing four fields each: the costly part of a
 * first search), a keystroke builds them at once; above, it filters a slice at a time.
 */
export const KEYS_AT_ONCE = 5_000;
/** Cards tested between two looks at the clock when filtering a slice at a time. */
const CHUNK = 500;

/** True when `jobs` are cheap enough to run in the keystroke's own render (on a board of `boardSize` cards). */
export function filtersAtOnce(jobs: readonly FilterJob[], filters: BoardFilters, boardSize = 0): boolean {
  let cards = 0;
  for (const job of jobs) cards += job.candidates.length;
  if (cards > (boardSize > LARGE_BOARD ? FILTER_AT_ONCE_LARGE : FILTER_AT_ONCE)) return false;
  if (searchNeedle(filters.text) === '') return true;
  let missing = 0;
  for (const job of jobs) {
    if (searchIndexOf(job.candidates)) continue; // searched through its index: no key is built
    missing += missingSearchKeys(job.candidates, KEYS_AT_ONCE + 1 - missing);
    if (missing > KEYS_AT_ONCE) return false;
  }
  return true;
}

interface Passed {
  sorted: readonly SortedColumn[];
  filters: BoardFilters;
  cards: PassedCards;
}

/**
 * The columns filtered by `filters`, and the filters they show. A keystroke with up to
 * `FILTER_AT_ONCE` cards to test (`FILTER_AT_ONCE_LARGE` on a board of over `LARGE_BOARD`) (and up to `KEYS_AT_ONCE` search keys to build) is answered in
 * the same render; with more (a broad search on 100,000 deals) the cards are tested in tasks of
 * a few milliseconds each (`filterInSlices`), the board keeps showing the last result
 * (and says which query it shows) and takes the new one when its last slice is done — only the
 * latest keystroke's: a newer one cancels the running pass. No pass runs while the board is
 * kept hidden.
 */
export function useFilteredColumns(
  model: BoardColumns,
  sorted: readonly SortedColumn[],
  filters: BoardFilters,
  pipeline: Pipeline,
  currencies: CurrencyContext,
): ShownColumns {
  const jobs = useMemo(() => model.filterJobs(sorted, filters), [model, sorted, filters]);
  const boardSize = useMemo(() => sorted.reduce((n, c) => n + c.sorted.length, 0), [sorted]);
  const atOnce = useMemo(() => filtersAtOnce(jobs, filters, boardSize), [jobs, filters, boardSize]);
  const [passed, setPassed] = useState<Passed | null>(null);
  const ready = passed?.sorted === sorted && passed.filters === filters ? passed.cards : null;
  // A board kept hidden behind another view (app/KeptBoard.tsx) runs no pass: its tasks would
  // compete with the view on screen (Insights drawing its charts). It shows the columns last shown
  // until it is on screen again, and the pass runs then.
  const shown = useViewShown();
  useEffect(() => {
    if (atOnce || !shown) return;
    // The figures of what passes are summed in the same slices.
    const stats = new Map(jobs.map((job) => [job.stageId, emptyStats()]));
    const tally = (stageId: string, view: CardView) =>
      addToStats(stats.get(stageId)!, view.card, pipeline, currencies);
    const filter = new SlicedFilter(jobs, cardTest(filters), tally);
    return filterInSlices(filter, CHUNK, (shown) => setPassed({ sorted, filters, cards: { shown, stats } }));
  }, [atOnce, shown, jobs, sorted, filters, pipeline, currencies]);
  const pending = !atOnce && ready === null;
  const columns = useMemo(
    () =>
      pending ? null : model.filtered(sorted, filters, pipeline, currencies, atOnce ? undefined : ready!),
    [model, pending, atOnce, ready, sorted, filters, pipeline, currencies],
  );
  // Every card a search let through card by card has its key: a narrower search never counts
  // them again. (Through a column's index, none is built: its next search uses the index again.)
  if (columns && searchNeedle(filters.text) !== '')
    columns.forEach((c) => searchIndexOf(c.sorted) ?? keyedAll(c.shown));
  // A pass is running: the columns last shown, as they were — or, on a first render (the board
  // opened with a search already typed), its cards unfiltered, saying so, never a whole pass here.
  const target = columns
    ? { columns, filters }
    : (model.lastShown() ?? {
        columns: model.filtered(sorted, NO_FILTERS, pipeline, currencies),
        filters: NO_FILTERS,
      });
  // On a large board, a result that changes many columns' top cards is drawn over a few frames.
  return useColumnsInFrames(target, boardSize > LARGE_BOARD);
}
