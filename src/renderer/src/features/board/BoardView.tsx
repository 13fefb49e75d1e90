import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BoardCard, BoardData } from '../../../../shared/rpc/views';
import { useBoardFilters } from '../../state/boardFilters';
import { useOptimisticMoves } from '../../state/optimisticMoves';
import { useBoardData, type BoardProgress } from '../../state/boardData';
import { useViewShown } from '../../ui/viewShown';
import { useOfferDealPeeks } from '../../state/dealPeek';
import { useNavigation } from '../../state/navigation';
import { startupDone } from '../../state/startupOrder';
import { startSnapshot, type BoardSnapshot, type PipelineChoice } from '../../state/boardSnapshot';
import { BoardColumn } from './BoardColumn';
import { BoardDnd } from './BoardDnd';
import { BoardFiltersBar } from './BoardFiltersBar';
import { BoardToolbar, usePipelineChoices } from './BoardToolbar';
import { BoardColumns } from './boardColumns';
import { carryStats, columnsWithMoves, shownCard } from './pendingMoves';
import type { CardView } from './cardView';
import { emptyStats } from './columnStats';
import { EmptyBoard } from './EmptyBoard';
import { MyNumbersStrip } from '../../flows/myNumbers/MyNumbers';
import { searchNeedle } from './searchKey';
import { useNow } from '../../ui/useNow';
import { useCurrencies } from '../../ui/money';
import { useKeepSnapshot } from './useKeepSnapshot';
import { useFilteredColumns } from './useFilteredColumns';
import { useWarmAhead, useWarmBoard } from './useWarmBoard';
import { useWarmSearchIndex } from './useWarmSearchIndex';
import { useCardHandlers, type CardDragData } from './cardDrag';
import type { ColumnModel } from './boardColumns';
import './board.css';

/**
 * The pipeline board: one column per stage of the chosen pipeline. At start-up, until the
 * store answers, it paints the snapshot of the last board seen (marked as not yet live), then
 * the same component takes the live data in place.
 */
export function BoardView() {
  const pipelineId = useNavigation((s) => s.pipelineId);
  const [model] = useState(() => new BoardColumns());
  const now = useNow();
  // Each page's card views are derived as it arrives, while the store reads the next.
  const onArrive = useWarmAhead(model, now);
  const board = useBoardData(pipelineId, { onArrive, shown: useViewShown() });
  const [snapshot] = useState(startSnapshot);
  const sorts = useBoardFilters((s) => s.sorts);
  const currencies = useCurrencies();
  const pictured = snapshot && (pipelineId === null || pipelineId === snapshot.pipeline.id);
  // A large board arrives in pages: the snapshot's picture (right figures) stays until the last.
  const { progress } = board;
  const live = board.data && (progress.complete || !pictured) ? board.data : null;
  // Its card views derived (a slice per task when there are many), else the board drawn before
  // (marked busy meanwhile, so it is not kept as the snapshot).
  const warm = useWarmBoard(model, live, now, sorts, currencies);
  if (warm && live && warm.data.pipeline.id === live.pipeline.id) {
    const whole = warm.data === live && progress.complete;
    return (
      <Board
        model={model}
        now={warm.now}
        data={warm.data}
        loading={whole ? null : { ...progress, complete: false }}
        keptPipelines={snapshot?.pipelines}
      />
    );
  }
  if (board.status === 'error') return <BoardError error={board.error} />;
  if (pictured)
    return (
      <Board model={model} now={now} data={snapshot} snapshot={snapshot} keptPipelines={snapshot.pipelines} />
    );
  return <p aria-busy="true">Loading the board…</p>;
}

const NO_STATS = emptyStats();

function BoardError({ error }: { error: string }) {
  useEffect(() => startupDone(), []); // nothing else waits for a board that will not come
  return <p role="alert">Could not load the board: {error}</p>;
}

/**
 * `snapshot`: the board is a picture of the last start's, not live: figures as they were, no drag.
 * `loading`: live, but its later pages are still arriving (marked busy, not kept as the snapshot).
 * `keptPipelines`: the pipelines the start-up snapshot kept, offered until the store's list arrives.
 */
function Board({
  model,
  now,
  data,
  snapshot = null,
  loading = null,
  keptPipelines,
}: {
  model: BoardColumns;
  now: number;
  data: BoardData;
  snapshot?: BoardSnapshot | null;
  loading?: BoardProgress | null;
  keptPipelines: readonly PipelineChoice[] | undefined;
}) {
  const { pipeline } = data;
  const pipelines = usePipelineChoices(keptPipelines);
  const live = snapshot === null;
  const settled = live && loading === null;
  // The live board is whole: the rest of the first screen may now ask the store (startupOrder.ts).
  useEffect(() => {
    if (settled) startupDone();
  }, [settled]);
  return (
    <section className="board" aria-label={`${pipeline.name} board`} aria-busy={settled ? undefined : true}>
      <BoardToolbar pipeline={pipeline} pipelines={pipelines} updating={!settled} />
      <MyNumbersStrip />
      {/* Outside what a keystroke or a drop re-renders: dnd-kit re-renders every card when it does. */}
      <BoardDnd pipeline={pipeline} disabled={!live}>
        <BoardBody
          model={model}
          now={now}
          data={data}
          snapshot={snapshot}
          loading={loading}
          pipelines={pipelines}
        />
      </BoardDnd>
    </section>
  );
}

/**
 * The filters and the columns: what a keystroke or a drop re-renders. Each step is derived only
 * for what changed (`BoardColumns`), and a column re-renders only when its cards or figures did.
 */
function BoardBody({
  model,
  now,
  data,
  snapshot,
  loading,
  pipelines,
}: {
  model: BoardColumns;
  now: number;
  data: BoardData;
  snapshot: BoardSnapshot | null;
  loading: BoardProgress | null;
  /** What the toolbar's switcher offers, kept with the snapshot. */
  pipelines: readonly PipelineChoice[] | undefined;
}) {
  const { pipeline, cards } = data;
  const live = snapshot === null;
  const settled = live && loading === null;
  const pending = useOptimisticMoves((s) => s.pending);
  const clearPending = useOptimisticMoves((s) => s.clearPending);
  const filters = useBoardFilters((s) => s.filters);
  const sorts = useBoardFilters((s) => s.sorts);
  const currencies = useCurrencies();

  const views = useMemo(() => model.views(cards, pipeline, now), [model, cards, pipeline, now]);
  const confirmed = useMemo(() => model.sorted(views, pipeline, sorts), [model, views, pipeline, sorts]);
  // Optimistic moves: the dropped card shown in its new column until the board confirms it. Only
  // the two columns of a move are derived again (not the whole board's cards, views and groups).
  const moved = useMemo(() => {
    const result = columnsWithMoves(
      confirmed,
      pending,
      sorts,
      (card) => model.views([card], pipeline, now)[0]!,
    );
    carryStats(model, confirmed, result, pipeline, currencies);
    return result;
  }, [confirmed, pending, sorts, model, pipeline, now, currencies]);
  const sorted = moved.columns;
  // A deal opened from this board shows its header from the card at once (the live board only).
  const shownAs = useCallback((card: BoardCard) => shownCard(card, pending), [pending]);
  useOfferDealPeeks(cards, pipeline, live, shownAs);
  useEffect(() => {
    if (moved.landed.length > 0) clearPending(moved.landed);
  }, [moved, clearPending]);

  const shown = useFilteredColumns(model, sorted, filters, pipeline, currencies);
  const { columns } = shown;
  const statsOf = useCallback(
    (list: readonly CardView[]) => model.stats(list, pipeline, currencies),
    [model, pipeline, currencies],
  );
  useKeepSnapshot(data, sorted, settled, currencies, statsOf, pipelines);
  // A press, touch or key on a card (drag it), a click or Enter (open it): handled here for all.
  const findCard = useCallback((id: string) => shownCardData(columns, id), [columns]);
  const cardHandlers = useCardHandlers(findCard);
  // Each confirmed column's search index built when the page is idle: a search scans it.
  useWarmSearchIndex(confirmed, settled);

  return (
    <>
      <BoardFiltersBar
        shown={snapshot ? snapshot.total : columns.reduce((n, c) => n + c.shown.length, 0)}
        total={snapshot?.total ?? loading?.total ?? cards.length}
      />
      {cards.length === 0 && <EmptyBoard />}
      <div
        className="columns"
        {...cardHandlers}
        // The search the columns show (trimmed, lower-cased): the rep's latest, or the one before while a
        // broad search on a very large board is still running.
        data-board-query={searchNeedle(shown.filters.text)}
        style={{ gridTemplateColumns: `repeat(${pipeline.stages.length}, minmax(var(--column-min), 1fr))` }}
      >
        {columns.map((column) => (
          <BoardColumn
            key={column.stage.id}
            stage={column.stage}
            views={column.shown}
            stats={(snapshot ? snapshot.columns[column.stage.id] : column.stats) ?? NO_STATS}
            picture={!live}
          />
        ))}
      </div>
    </>
  );
}

/** The drag data of the card shown with this id (looked up when a drag starts, not per render). */
function shownCardData(columns: readonly ColumnModel[], id: string): CardDragData | null {
  for (const column of columns) {
    const view = column.shown.find((v) => v.card.id === id);
    if (view) return { title: view.card.title, stageId: view.card.stageId };
  }
  return null;
}
