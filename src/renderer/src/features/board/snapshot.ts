import type { CurrencyContext, Pipeline } from '../../../../shared/model';
import type { BoardData } from '../../../../shared/rpc/views';
import { SNAPSHOT_CARDS_PER_COLUMN, type BoardSnapshot } from '../../state/boardSnapshot';
import type { SortKey } from '../../state/boardFilters';
import { cardViews, type CardView } from './cardView';
import { columnStats } from './columnStats';
import { groupByStage, sortCards } from './filterCards';

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

/**
 * The snapshot of a live board: the cards at the top of each column in the order the column
 * shows them, and each column's count and totals over all its cards (unfiltered, as the board
 * opens).
 */
export function buildBoardSnapshot(data: BoardData, input: SnapshotInput): BoardSnapshot {
  const { pipeline } = data;
  const perColumn = input.perColumn ?? SNAPSHOT_CARDS_PER_COLUMN;
  const views = input.views ?? cardViews(data.cards, pipeline, input.now);
  const cards = views.map((v) => v.card);
  const groups = groupByStage(
    views,
    pipeline.stages.map((s) => s.id),
  );
  const stats = columnStats(cards, pipeline, input.currencies);
  const kept = pipeline.stages.flatMap((stage) =>
    sortCards(groups.get(stage.id) ?? [], input.sorts[stage.id] ?? 'urgency')
      .slice(0, perColumn)
      .map((v) => v.card),
  );
  return {
    version: 1,
    savedAt: input.now,
    pipeline: slim(pipeline),
    currency: { home: input.currencies.home, rates: { ...input.currencies.rates } },
    columns: Object.fromEntries(
      pipeline.stages.map((s) => [
        s.id,
        stats.get(s.id) ?? { count: 0, total: 0, weighted: 0, unconverted: 0 },
      ]),
    ),
    total: cards.length,
    cards: kept,
  };
}
