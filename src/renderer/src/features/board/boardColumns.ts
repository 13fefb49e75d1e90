import type { CurrencyContext, Pipeline, StageDef } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';
import type { BoardFilters, SortKey } from '../../state/boardFilters';
import { CardViewCache, type CardView } from './cardView';
import { stageStats, type ColumnStats } from './columnStats';
import {
  cardTest,
  countAdded,
  groupByStage,
  isFiltering,
  matchesFilters,
  MAX_INSERTS,
  narrows,
  resortCards,
  sameFilters,
  sameItems,
  sortCards,
} from './filterCards';
import { SlicedFilter, type FilterJob } from './slicedFilter';
import { searchIndexOf } from './searchIndex';
import { searchNeedle } from './searchKey';

/** Roughly how many cards' text an index scan covers in the time one card is tested. */
const INDEX_SCAN_SHARE = 16;

/** One stage's cards in the column's order. */
export interface SortedColumn {
  stage: StageDef;
  /** Every card of the stage, in the column's sort order. */
  sorted: readonly CardView[];
}

/** One column as the board draws it. */
export interface ColumnModel extends SortedColumn {
  /** The cards the filters let through, in the same order (`sorted` itself when nothing filters). */
  shown: readonly CardView[];
  /** Count and amounts of `shown`. */
  stats: ColumnStats;
}

/** What filter jobs let through, per stage, with the figures of those cards. */
export interface PassedCards {
  shown: ReadonlyMap<string, readonly CardView[]>;
  stats: ReadonlyMap<string, ColumnStats>;
}

/**
 * The board's columns, derived step by step and each step only for what changed, so an
 * interaction costs what it changes, not what the board holds:
 * - card views once per card object (`CardViewCache`);
 * - each column's cards: the previous array when the stage holds the same views (a move changes
 *   two columns; the others keep their identity and their memoised components do not render);
 * - each column's order: kept, with the cards that came and went removed or inserted
 *   (`resortCards`), sorted in full only when its sort order or most of its cards change;
 * - each column's filtered cards: the previous result narrowed when the filters only narrowed
 *   (one more letter typed), else the sorted column filtered — no sort on a keystroke;
 * - each column's figures once per filtered array.
 * An unchanged column is the same object as the last call's.
 */
export class BoardColumns {
  private readonly viewCache = new CardViewCache();
  private sortMemo = new Map<
    string,
    { members: readonly CardView[]; sortKey: SortKey; column: SortedColumn }
  >();
  private filterMemo = new Map<string, { filters: BoardFilters; column: ColumnModel }>();
  private statsOf = new WeakMap<readonly CardView[], ColumnStats>();
  private statsFor: { pipeline: Pipeline; currencies: CurrencyContext } | null = null;

  /** Card views for the board (the same view object for a card object seen before). */
  views(cards: readonly BoardCard[], pipeline: Pipeline, now: number): CardView[] {
    return this.viewCache.viewsOf(cards, pipeline, now);
  }

  /**
   * The stage groups `toSort` made of a board's views ahead of drawing it: the render that
   * takes that board (`views` returns the same array, then `sorted`) does not group its
   * 100,000 cards again.
   */
  private ahead: { views: readonly CardView[]; groups: Map<string, CardView[]> } | null = null;

  /** How many of `cards` would derive a view in `views` (counted up to `limit`). */
  missingViews(cards: readonly BoardCard[], pipeline: Pipeline, now: number, limit: number): number {
    return this.viewCache.missing(cards, pipeline, now, limit);
  }

  /** Derive the views of `cards[from..to)` ahead of `views` (a slice per task for a large board). */
  warmViews(cards: readonly BoardCard[], pipeline: Pipeline, now: number, from: number, to: number): void {
    this.viewCache.warm(cards, pipeline, now, from, to);
  }

  /**
   * Each stage's cards (views of `cards` at `now`, warmed ahead) and its sort key, for the stages
   * whose order `sorted` would have to sort in full: to be sorted ahead (`primeSorted`).
   */
  toSort(
    cards: readonly BoardCard[],
    pipeline: Pipeline,
    now: number,
    sorts: Readonly<Record<string, SortKey>>,
  ): { stageId: string; members: CardView[]; sortKey: SortKey }[] {
    const views = this.viewCache.peek(cards, pipeline, now);
    const groups = groupByStage(
      views,
      pipeline.stages.map((s) => s.id),
    );
    this.ahead = { views, groups };
    return pipeline.stages.flatMap((stage) => {
      const members = groups.get(stage.id)!;
      const sortKey = sorts[stage.id] ?? 'urgency';
      const before = this.sortMemo.get(stage.id);
      const cheap =
        before?.sortKey === sortKey && countAdded(before.members, members, MAX_INSERTS + 1) <= MAX_INSERTS;
      return cheap || members.length <= MAX_INSERTS ? [] : [{ stageId: stage.id, members, sortKey }];
    });
  }

  /** A stage's cards sorted ahead: `sorted` takes this order when it meets the same cards and key. */
  primeSorted(stageId: string, members: readonly CardView[], sortKey: SortKey, sorted: readonly CardView[]) {
    this.primed.set(stageId, { members, sortKey, sorted });
  }

  private primed = new Map<
    string,
    { members: readonly CardView[]; sortKey: SortKey; sorted: readonly CardView[] }
  >();

  /** Each stage's views in its sort order. */
  sorted(
    views: readonly CardView[],
    pipeline: Pipeline,
    sorts: Readonly<Record<string, SortKey>>,
  ): SortedColumn[] {
    const stageIds = pipeline.stages.map((s) => s.id);
    const ahead = this.ahead?.views === views ? this.ahead.groups : null;
    const groups = ahead && stageIds.every((id) => ahead.has(id)) ? ahead : groupByStage(views, stageIds);
    if (groups === ahead) this.ahead = null;
    const memo: typeof this.sortMemo = new Map();
    const out = pipeline.stages.map((stage) => {
      const before = this.sortMemo.get(stage.id);
      const sortKey = sorts[stage.id] ?? 'urgency';
      const fresh = groups.get(stage.id)!;
      const members = before && sameItems(before.members, fresh) ? before.members : fresh;
      const primed = this.primed.get(stage.id);
      let column: SortedColumn;
      if (primed?.sortKey === sortKey && sameItems(primed.members, members)) {
        column = { stage, sorted: primed.sorted };
        this.primed.delete(stage.id);
      } else if (before?.sortKey !== sortKey) column = { stage, sorted: sortCards(members, sortKey) };
      else if (before.members !== members)
        column = { stage, sorted: resortCards(before.column.sorted, members, sortKey) };
      else column = before.column.stage === stage ? before.column : { stage, sorted: before.column.sorted };
      memo.set(stage.id, { members, sortKey, column });
      return column;
    });
    this.sortMemo = memo;
    return out;
  }

  /**
   * The cards each column has to test for `filters`: none for a column whose last result still
   * holds (the same filters, or ones that let the same cards through); the last result itself
   * when the filters only narrowed — unless a text search can scan the column's search index
   * instead and that result is not small (testing a card costs ~`INDEX_SCAN_SHARE` times more
   * than scanning its text); else the whole column.
   */
  filterJobs(columns: readonly SortedColumn[], filters: BoardFilters): FilterJob[] {
    if (!isFiltering(filters)) return [];
    const searching = searchNeedle(filters.text) !== '';
    return columns.flatMap(({ stage, sorted }) => {
      const before = this.filterMemo.get(stage.id);
      const same = before?.column.sorted === sorted;
      if (same && sameFilters(before.filters, filters)) return [];
      const narrowing =
        same &&
        narrows(before.filters, filters) &&
        !(
          searching &&
          searchIndexOf(sorted) &&
          before.column.shown.length * INDEX_SCAN_SHARE > sorted.length
        );
      return [{ stageId: stage.id, candidates: narrowing ? before.column.shown : sorted }];
    });
  }

  /**
   * The columns as drawn: each sorted column filtered, with its figures. `passed`: what the
   * `filterJobs` for these columns and filters let through, and its figures, when they were run a
   * slice at a time (with the pipeline and currencies given here); without it they run here.
   */
  filtered(
    columns: readonly SortedColumn[],
    filters: BoardFilters,
    pipeline: Pipeline,
    currencies: CurrencyContext,
    passed?: PassedCards,
  ): ColumnModel[] {
    this.statsCacheFor(pipeline, currencies);
    passed?.stats.forEach((stats, id) => {
      const shown = passed.shown.get(id);
      if (shown) this.statsOf.set(shown, stats);
    });
    const filtering = isFiltering(filters);
    const results = passed?.shown ?? this.run(this.filterJobs(columns, filters), filters);
    const memo: typeof this.filterMemo = new Map();
    const out = columns.map(({ stage, sorted }) => {
      const before = this.filterMemo.get(stage.id);
      const last = before?.column;
      let shown = sorted;
      if (filtering) {
        const kept =
          last?.sorted === sorted && sameFilters(before!.filters, filters) ? last.shown : undefined;
        shown = results.get(stage.id) ?? kept ?? sorted.filter(matchesFilters(filters));
        if (last && sameItems(last.shown, shown)) shown = last.shown;
      }
      const stats = this.stats(shown, pipeline, currencies);
      const column =
        last?.stage === stage && last.sorted === sorted && last.shown === shown && last.stats === stats
          ? last
          : { stage, sorted, shown, stats };
      memo.set(stage.id, { filters, column });
      return column;
    });
    this.filterMemo = memo;
    this.shown = { columns: out, filters };
    return out;
  }

  /** The columns last returned by `filtered`, and the filters they show. */
  lastShown(): { columns: ColumnModel[]; filters: BoardFilters } | null {
    return this.shown;
  }

  private shown: { columns: ColumnModel[]; filters: BoardFilters } | null = null;

  private run(jobs: readonly FilterJob[], filters: BoardFilters) {
    const filter = new SlicedFilter(jobs, cardTest(filters));
    filter.step(Infinity);
    return filter.result;
  }

  /** The figures of these cards (one pass per array, kept while pipeline and currencies are the same). */
  stats(views: readonly CardView[], pipeline: Pipeline, currencies: CurrencyContext): ColumnStats {
    this.statsCacheFor(pipeline, currencies);
    let stats = this.statsOf.get(views);
    if (!stats) {
      stats = stageStats(views, pipeline, currencies);
      this.statsOf.set(views, stats);
    }
    return stats;
  }

  /** The figures of `views` if already summed (null if not): where a drop's two columns start from. */
  knownStats(
    views: readonly CardView[],
    pipeline: Pipeline,
    currencies: CurrencyContext,
  ): ColumnStats | null {
    this.statsCacheFor(pipeline, currencies);
    return this.statsOf.get(views) ?? null;
  }

  /** The figures of `views`, worked out without summing them (a column with a card dropped in or out). */
  knowStats(views: readonly CardView[], stats: ColumnStats, pipeline: Pipeline, currencies: CurrencyContext) {
    this.statsCacheFor(pipeline, currencies);
    this.statsOf.set(views, stats);
  }

  private statsCacheFor(pipeline: Pipeline, currencies: CurrencyContext) {
    if (this.statsFor?.pipeline === pipeline && this.statsFor.currencies === currencies) return;
    this.statsOf = new WeakMap();
    this.statsFor = { pipeline, currencies };
  }
}
