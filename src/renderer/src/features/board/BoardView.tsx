import { useEffect, useMemo } from 'react';
import type { BoardData } from '../../../../shared/rpc/views';
import { useBoardFilters } from '../../state/boardFilters';
import { useOptimisticMoves } from '../../state/optimisticMoves';
import { useBoardData } from '../../state/boardData';
import { useNavigation } from '../../state/navigation';
import { BoardColumn } from './BoardColumn';
import { BoardDnd } from './BoardDnd';
import { BoardFiltersBar } from './BoardFiltersBar';
import { BoardToolbar } from './BoardToolbar';
import { cardViews } from './cardView';
import { columnStats } from './columnStats';
import { EmptyBoard } from './EmptyBoard';
import { ReminderSummaryBanner } from '../../flows/reminders/ReminderSummaryBanner';
import { MyNumbersStrip } from '../../flows/myNumbers/MyNumbers';
import { groupByStage, matchesFilters } from './filterCards';
import { useNow } from '../../ui/useNow';
import { useCurrencies } from '../../ui/money';
import './board.css';

/** The pipeline board: one column per stage of the chosen pipeline. */
export function BoardView() {
  const pipelineId = useNavigation((s) => s.pipelineId);
  const board = useBoardData(pipelineId);
  if (board.status === 'error' && !board.data)
    return <p role="alert">Could not load the board: {board.error}</p>;
  if (!board.data) return <p aria-busy="true">Loading the board…</p>;
  return <Board data={board.data} />;
}

function Board({ data }: { data: BoardData }) {
  const { pipeline, cards } = data;
  const now = useNow();
  const pending = useOptimisticMoves((s) => s.pending);
  const clearPending = useOptimisticMoves((s) => s.clearPending);
  const filters = useBoardFilters((s) => s.filters);
  const currencies = useCurrencies();

  // Optimistic moves: show the card in its new column until the board confirms it.
  const effective = useMemo(() => {
    if (Object.keys(pending).length === 0) return cards;
    return cards.map((c) =>
      pending[c.id] && pending[c.id] !== c.stageId ? { ...c, stageId: pending[c.id]! } : c,
    );
  }, [cards, pending]);
  useEffect(() => {
    const landed = cards.filter((c) => pending[c.id] === c.stageId).map((c) => c.id);
    if (landed.length > 0) clearPending(landed);
  }, [cards, pending, clearPending]);

  const views = useMemo(() => cardViews(effective, pipeline, now), [effective, pipeline, now]);
  const filtered = useMemo(() => views.filter(matchesFilters(filters)), [views, filters]);
  const groups = useMemo(
    () =>
      groupByStage(
        filtered,
        pipeline.stages.map((s) => s.id),
      ),
    [filtered, pipeline],
  );
  const stats = useMemo(
    () =>
      columnStats(
        filtered.map((v) => v.card),
        pipeline,
        currencies,
      ),
    [filtered, pipeline, currencies],
  );

  return (
    <section className="board" aria-label={`${pipeline.name} board`}>
      <BoardToolbar pipeline={pipeline} />
      <ReminderSummaryBanner />
      <MyNumbersStrip />
      <BoardFiltersBar shown={filtered.length} total={cards.length} />
      {cards.length === 0 && <EmptyBoard />}
      <BoardDnd pipeline={pipeline}>
        <div
          className="columns"
          style={{ gridTemplateColumns: `repeat(${pipeline.stages.length}, minmax(var(--column-min), 1fr))` }}
        >
          {pipeline.stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              views={groups.get(stage.id) ?? []}
              stats={stats.get(stage.id) ?? { count: 0, total: 0, weighted: 0, unconverted: 0 }}
            />
          ))}
        </div>
      </BoardDnd>
    </section>
  );
}
