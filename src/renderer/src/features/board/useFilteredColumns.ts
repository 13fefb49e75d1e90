import { useEffect, useMemo, useState } from 'react';
import type { CurrencyContext, Pipeline } from '../../../../shared/model';
import type { BoardFilters } from '../../state/boardFilters';
import type { BoardColumns, ColumnModel, PassedCards, SortedColumn } from './boardColumns';
import { addToStats, emptyStats } from './columnStats';
import type { CardView } from './cardView';
import { matchesFilters, NO_FILTERS } from './filterCards';
import { keyedAll, missingSearchKeys, searchNeedle } from './searchKey';
import { filterInSlices, SlicedFilter, type FilterJob } from './slicedFilter';
import { useColumnsInFrames, type ShownColumns } from './columnsInFrames';
import { afterFrame } from './slices';
import { allComplete, filterHeads, type ColumnHead } from './headFilter';
import { rowsDrawnFromTop } from './useFixedRows';
import { CARD_ROW_HEIGHT } from './cardRow';

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
  if (candidates(jobs) > (boardSize > LARGE_BOARD ? FILTER_AT_ONCE_LARGE : FILTER_AT_ONCE)) return false;
  if (searchNeedle(filters.text) === '') return true;
  let missing = 0;
  for (const job of jobs) {
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

const candidates = (jobs: readonly FilterJob[]) => jobs.reduce((n, job) => n + job.candidates.length, 0);

/**
 * The columns filtered by `filters`, and the filters they show. A keystroke with up to
 * `FILTER_AT_ONCE` cards to test (`FILTER_AT_ONCE_LARGE` on a board of over `LARGE_BOARD`) (and
 * up to `KEYS_AT_ONCE` search keys to build) is answered whole in the same render. With more (a
 * broad search on 100,000 deals) it first finds each column's first matches, as many as its list
 * draws (`filterHeads`, testing at most `FILTER_AT_ONCE_LARGE` cards, or `FILTER_AT_ONCE`):
 * shown at once with the new query, each column marked `partial` (its header's figures pending,
 * its list saying more are coming); then, once that frame is drawn, every card is tested in tasks
 * of a few milliseconds each (`filterInSlices`) and the whole result replaces the heads — only the
 * latest keystroke's: a newer one cancels the running pass. When the heads cannot be found within
 * the budget (a narrow search over long columns), the board keeps showing the last result (and
 * says which query it shows) until the whole pass is done. (At 10,000 deals the heads first lost
 * to the whole filter in the render: docs/ARCHITECTURE.md.)
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
  // The rows a list draws from its top (the window's height read once, as the lists do).
  const [headRows] = useState(() => rowsDrawnFromTop(CARD_ROW_HEIGHT, window.innerHeight));
  const heads = useMemo(
    () =>
      atOnce
        ? null
        : filterHeads(
            jobs,
            matchesFilters(filters),
            headRows,
            boardSize > LARGE_BOARD ? FILTER_AT_ONCE_LARGE : FILTER_AT_ONCE,
          ),
    [jobs, atOnce, filters, headRows, boardSize],
  );
  // Every head is its column's whole result: nothing left to filter.
  const whole = heads !== null && allComplete(heads);
  const headFirst = heads !== null && !whole;
  const deferred = !atOnce && !whole;
  const [passed, setPassed] = useState<Passed | null>(null);
  const ready = passed?.sorted === sorted && passed.filters === filters ? passed.cards : null;
  useEffect(() => {
    if (!deferred) return;
    // The figures of what passes are summed in the same slices.
    const stats = new Map(jobs.map((job) => [job.stageId, emptyStats()]));
    const tally = (stageId: string, view: CardView) =>
      addToStats(stats.get(stageId)!, view.card, pipeline, currencies);
    const filter = new SlicedFilter(jobs, matchesFilters(filters), tally);
    const run = () =>
      filterInSlices(filter, CHUNK, (shown) => setPassed({ sorted, filters, cards: { shown, stats } }));
    if (!headFirst) return run();
    // The heads are drawn first: the pass starts once their frame is (a keystroke's effects run
    // before its frame, and a slice posted then could run before it too).
    let cancel = () => {};
    const cancelFrame = afterFrame(() => (cancel = run()));
    return () => {
      cancelFrame();
      cancel();
    };
  }, [deferred, headFirst, jobs, sorted, filters, pipeline, currencies]);
  const pending = deferred && ready === null;
  const columns = useMemo(() => {
    if (pending) return null;
    if (whole) return model.filtered(sorted, filters, pipeline, currencies, headsPassed(heads));
    return model.filtered(sorted, filters, pipeline, currencies, deferred ? ready! : undefined);
  }, [model, pending, whole, heads, deferred, ready, sorted, filters, pipeline, currencies]);
  // Every card a search let through has its key: a narrower search never counts them again.
  if (columns && searchNeedle(filters.text) !== '') columns.forEach((c) => keyedAll(c.shown));
  // The heads, while the whole pass runs (never kept by the model: a partial result is not what
  // a narrower search may start from, nor what a drop or the snapshot count).
  const headColumns = useMemo(
    () => (pending && heads ? headsShown(model, sorted, heads, pipeline, currencies) : null),
    [pending, heads, model, sorted, pipeline, currencies],
  );
  // A pass is running without heads: the columns last shown, as they were — or, on a first render
  // (the board opened with a search already typed), its cards unfiltered, saying so, never a whole pass here.
  const target = columns
    ? { columns, filters }
    : headColumns
      ? { columns: headColumns, filters }
      : (model.lastShown() ?? {
          columns: model.filtered(sorted, NO_FILTERS, pipeline, currencies),
          filters: NO_FILTERS,
        });
  // On a large board, a result that changes many columns' top cards is drawn over a few frames.
  return useColumnsInFrames(target, boardSize > LARGE_BOARD);
}

/** Complete heads as a whole pass's result (their figures summed by the model). */
function headsPassed(heads: ReadonlyMap<string, ColumnHead> | null): PassedCards {
  const shown = new Map<string, readonly CardView[]>();
  heads?.forEach((head, stageId) => shown.set(stageId, head.cards));
  return { shown, stats: new Map() };
}

/**
 * The columns showing their heads: a column with a head shows it (`partial` unless it is the
 * column's whole result); a column with none to find still shows its last result.
 */
function headsShown(
  model: BoardColumns,
  sorted: readonly SortedColumn[],
  heads: ReadonlyMap<string, ColumnHead>,
  pipeline: Pipeline,
  currencies: CurrencyContext,
): ColumnModel[] {
  const last = new Map(model.lastShown()?.columns.map((c) => [c.stage.id, c]));
  return sorted.map(({ stage, sorted: cards }) => {
    const head = heads.get(stage.id);
    const kept = last.get(stage.id);
    if (!head && kept) return kept;
    const shown = head?.cards ?? cards;
    const partial = head ? !head.complete : false;
    const stats = partial
      ? { ...emptyStats(), count: shown.length }
      : model.stats(shown, pipeline, currencies);
    return { stage, sorted: cards, shown, stats, partial };
  });
}
