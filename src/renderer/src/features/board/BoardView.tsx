import { useEffect, useMemo, useState } from 'react';
import type { BoardData } from '../../../../shared/rpc/views';
import { useBoardFilters } from '../../state/boardFilters';
import { useOptimisticMoves } from '../../state/optimisticMoves';
import { useBoardData, type BoardProgress } from '../../state/boardData';
import { useOfferDealPeeks } from '../../state/dealPeek';
import { useNavigation } from '../../state/navigation';
import { startSnapshot, type BoardSnapshot } from '../../state/boardSnapshot';
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
import { useKeepSnapshot } from './useKeepSnapshot';
import './board.css';

/**
 * The pipeline board: one column per stage of the chosen pipeline. At start-up, until the
 * store answers, it paints the snapshot of the last board seen (marked as not yet live), then
 * the same component takes the live data in place.
 */
export function BoardView() {
  const pipelineId = useNavigation((s) => s.pipelineId);
  const board = useBoardData(pipelineId);
  const [snapshot] = useState(startSnapshot);
  const pictured = snapshot && (pipelineId === null || pipelineId === snapshot.pipeline.id);
  // A large board arrives in pages: the snapshot's picture (right figures) stays until the last.
  const { progress } = board;
  if (board.data && (progress.complete || !pictured))
    return <Board data={board.data} loading={progress.complete ? null : progress} />;
  if (board.status === 'error') return <p role="alert">Could not load the board: {board.error}</p>;
  if (pictured) return <Board data={snapshot} snapshot={snapshot} />;
  return <p aria-busy="true">Loading the board…</p>;
}

const NO_STATS = { count: 0, total: 0, weighted: 0, unconverted: 0 };

/**
 * `snapshot`: the board is a picture of the last start's, not live: figures as they were, no drag.
 * `loading`: live, but its later pages are still arriving (marked busy, not kept as the snapshot).
 */
function Board({
  data,
  snapshot = null,
  loading = null,
}: {
  data: BoardData;
  snapshot?: BoardSnapshot | null;
  loading?: BoardProgress | null;
}) {
  const { pipeline, cards } = data;
  const live = snapshot === null;
  const settled = live && loading === null;
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
  // A deal opened from this board shows its header from the card at once (the live board only).
  useOfferDealPeeks(effective, pipeline, live);
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
  useKeepSnapshot(data, views, settled, currencies);

  return (
    <section className="board" aria-label={`${pipeline.name} board`} aria-busy={settled ? undefined : true}>
      <BoardToolbar pipeline={pipeline} updating={!settled} />
      <ReminderSummaryBanner />
      <MyNumbersStrip />
      <BoardFiltersBar
        shown={snapshot ? snapshot.total : filtered.length}
        total={snapshot?.total ?? loading?.total ?? cards.length}
      />
      {cards.length === 0 && <EmptyBoard />}
      <BoardDnd pipeline={pipeline} disabled={!live}>
        <div
          className="columns"
          style={{ gridTemplateColumns: `repeat(${pipeline.stages.length}, minmax(var(--column-min), 1fr))` }}
        >
          {pipeline.stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              views={groups.get(stage.id) ?? []}
              stats={(snapshot ? snapshot.columns[stage.id] : stats.get(stage.id)) ?? NO_STATS}
            />
          ))}
        </div>
      </BoardDnd>
    </section>
  );
}
