import type { CurrencyContext, Pipeline } from '../../../../shared/model';
import type { BoardData } from '../../../../shared/rpc/views';
import { SNAPSHOT_CARDS_PER_COLUMN, type BoardSnapshot, type ColumnFigures } from '../../state/boardSnapshot';
import type { SortKey } from '../../state/boardFilters';
import { cardViews, type CardView } from './cardView';
import { addToColumnStats, columnStats } from './columnStats';
import { cardOrder } from './filterCards';

interface SnapshotInput {
  now: number;
  /** Each column's sort order as the rep has it (urgency when unset). */
  sorts: Readonly<Record<string, SortKey>>;
  currencies: CurrencyContext;
  perColumn?: number;
  /** The board's card views when it has them already (saves deriving them again at 10,000 deals). */
  views?: readonly CardView[];
}

/** The pipeline without what only the stage guide and the MQL check read: the board paints without it. */
function slim(pipeline: Pipeline): Pipeline {
  const { qualification: _left, ...rest } = pipeline;
  return {
    ...rest,
    stages: pipeline.stages.map((s) => ({
      ...s,
      guidance: { questions: [], signals: [], exitCriteria: [] },
    })),
  };
}

/** The first `limit` views in `order`, kept while views are added one by one (no whole-column sort). */
class TopOf {
  readonly kept: CardView[] = [];
  constructor(
    private readonly order: (a: CardView, b: CardView) => number,
    private readonly limit: number,
  ) {}

  add(view: CardView): void {
    const { kept, order, limit } = this;
    if (kept.length >= limit && order(view, kept[kept.length - 1]!) >= 0) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(kept[mid]!, view) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, view);
    if (kept.length > limit) kept.pop();
  }
}

/** Builds a snapshot from the board's card views taken a slice at a time. */
class SnapshotBuilder {
  private readonly tops: Map<string, TopOf>;
  private readonly stats: Map<string, ColumnFigures>;
  private total = 0;

  constructor(
    private readonly data: BoardData,
    private readonly input: SnapshotInput,
  ) {
    const perColumn = input.perColumn ?? SNAPSHOT_CARDS_PER_COLUMN;
    this.stats = columnStats([], data.pipeline, input.currencies);
    this.tops = new Map(
      data.pipeline.stages.map((s) => [
        s.id,
        new TopOf(cardOrder(input.sorts[s.id] ?? 'urgency'), perColumn),
      ]),
    );
  }

  add(views: readonly CardView[]): void {
    this.total += views.length;
    for (const view of views) this.tops.get(view.card.stageId)?.add(view);
    addToColumnStats(
      this.stats,
      views.map((v) => v.card),
      this.data.pipeline,
      this.input.currencies,
    );
  }

  result(): BoardSnapshot {
    const { pipeline } = this.data;
    const { now, currencies } = this.input;
    return {
      version: 1,
      savedAt: now,
      pipeline: slim(pipeline),
      currency: { home: currencies.home, rates: { ...currencies.rates } },
      columns: Object.fromEntries(
        pipeline.stages.map((s) => [
          s.id,
          this.stats.get(s.id) ?? { count: 0, total: 0, weighted: 0, unconverted: 0 },
        ]),
      ),
      total: this.total,
      cards: pipeline.stages.flatMap((s) => (this.tops.get(s.id)?.kept ?? []).map((v) => v.card)),
    };
  }
}

const viewsOf = (data: BoardData, input: SnapshotInput) =>
  input.views ?? cardViews(data.cards, data.pipeline, input.now);

/**
 * The snapshot of a live board: the cards at the top of each column in the order the column
 * shows them, and each column's count and totals over all its cards (unfiltered, as the board
 * opens).
 */
export function buildBoardSnapshot(data: BoardData, input: SnapshotInput): BoardSnapshot {
  const builder = new SnapshotBuilder(data, input);
  builder.add(viewsOf(data, input));
  return builder.result();
}

/** Views handled between two yields to the page: a few milliseconds of work at 100,000 deals. */
export const SNAPSHOT_SLICE = 2_000;

/**
 * The same snapshot, built a slice of cards at a time with `pause()` awaited between slices,
 * so a large board's snapshot never holds the UI thread; null when `stopped()` says to give up.
 */
export async function buildBoardSnapshotInSlices(
  data: BoardData,
  input: SnapshotInput,
  pause: () => Promise<void>,
  stopped: () => boolean,
): Promise<BoardSnapshot | null> {
  const builder = new SnapshotBuilder(data, input);
  const views = viewsOf(data, input);
  for (let at = 0; at < views.length; at += SNAPSHOT_SLICE) {
    builder.add(views.slice(at, at + SNAPSHOT_SLICE));
    await pause();
    if (stopped()) return null;
  }
  return builder.result();
}
