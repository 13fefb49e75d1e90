import type { CurrencyContext, Pipeline } from '../../../../shared/model';
import type { BoardData } from '../../../../shared/rpc/views';
import {
  SNAPSHOT_CARDS_PER_COLUMN,
  type BoardSnapshot,
  type PipelineChoice,
} from '../../state/boardSnapshot';
import type { SortKey } from '../../state/boardFilters';
import type { SortedColumn } from './boardColumns';
import { cardViews, type CardView } from './cardView';
import { emptyStats, stageStats, type ColumnStats } from './columnStats';
import { groupByStage, sortCards } from './filterCards';

interface SnapshotInput {
  now: number;
  /** Each column's sort order as the rep has it (urgency when unset). */
  sorts: Readonly<Record<string, SortKey>>;
  currencies: CurrencyContext;
  perColumn?: number;
  /** The board's columns in their order when it has them already (no sorting again at 100,000 deals). */
  columns?: readonly SortedColumn[];
  /** The figures of a column's cards, when the board has them already (unfiltered, it does). */
  statsOf?: (views: readonly CardView[]) => ColumnStats;
  /** The pipelines the toolbar's switcher offers, when the board knows them. */
  pipelines?: readonly PipelineChoice[];
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

/**
 * The snapshot of a live board: the cards at the top of each column in the order the column
 * shows them, and each column's count and totals over all its cards (unfiltered, as the board
 * opens).
 */
export function buildBoardSnapshot(data: BoardData, input: SnapshotInput): BoardSnapshot {
  const { pipeline } = data;
  const perColumn = input.perColumn ?? SNAPSHOT_CARDS_PER_COLUMN;
  const columns =
    input.columns ?? sortedColumns(cardViews(data.cards, pipeline, input.now), pipeline, input.sorts);
  const statsOf = input.statsOf ?? ((views) => stageStats(views, pipeline, input.currencies));
  const stats = new Map(columns.map((c) => [c.stage.id, statsOf(c.sorted)]));
  const kept = columns.flatMap((c) => c.sorted.slice(0, perColumn).map((v) => v.card));
  return {
    version: 1,
    savedAt: input.now,
    pipeline: slim(pipeline),
    ...(input.pipelines && { pipelines: input.pipelines.map(({ id, name }) => ({ id, name })) }),
    currency: { home: input.currencies.home, rates: { ...input.currencies.rates } },
    columns: Object.fromEntries(pipeline.stages.map((s) => [s.id, stats.get(s.id) ?? emptyStats()])),
    total: data.cards.length,
    cards: kept,
  };
}

/** Each stage's cards in the column's order (`sorts`, urgency when unset). */
function sortedColumns(
  views: readonly CardView[],
  pipeline: Pipeline,
  sorts: Readonly<Record<string, SortKey>>,
): SortedColumn[] {
  const groups = groupByStage(
    views,
    pipeline.stages.map((s) => s.id),
  );
  return pipeline.stages.map((stage) => ({
    stage,
    sorted: sortCards(groups.get(stage.id) ?? [], sorts[stage.id] ?? 'urgency'),
  }));
}
