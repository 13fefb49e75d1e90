import { errorText } from '../../../shared/errorText';
import { useEffect, useRef, useState } from 'react';
import type { Pipeline } from '../../../shared/model';
import type { BoardCard, BoardData, ChangeEvent } from '../../../shared/rpc/views';
import { BOARD_PAGE_MAX } from '../../../shared/domains/board/limits';
import { readsOf } from './methodReads';
import { takeEarlyFirstPage, type FirstPageInput } from './boardEarly';
import { BoardStream } from './boardStream';
import { startSnapshot } from './boardSnapshot';
import type { LiveQuery } from './liveQuery';
import { isSavingOwnMove, onOwnMoveLanded, type MoveLanding } from './ownMoves';
import { platform } from './session';
import { whenIdle } from '../ui/whenIdle';

/** Above this many changed deals a full reload is cheaper than patching. */
const PATCH_LIMIT = 400;

/**
 * Whether `board.get` reads this table and `board.cards` does not (both as the contract declares
 * them); before the contract is in (methodReads.ts), any table might be one.
 */
function inBoardFrame(table: string): boolean {
  const frame = readsOf('board.get');
  const cards = readsOf('board.cards');
  return frame === null || cards === null || (frame.includes(table) && !cards.includes(table));
}

/** What a committed change means for the board: nothing, a few cards, or everything. */
export function boardRefreshFor(event: ChangeEvent): 'none' | 'patch' | 'reload' {
  if (event.silent) return 'none';
  // What the board reads besides its cards (the pipeline itself): a change there reloads it.
  if (event.tables.some(inBoardFrame) || event.dealIds.length > PATCH_LIMIT) return 'reload';
  return event.dealIds.length > 0 ? 'patch' : 'none';
}

/**
 * The deals of a change that one of this window's own moves will answer: its result carries
 * their cards, so the board does not ask the store for them again.
 */
export function ownMoveIds(event: ChangeEvent, savingOwnMove: (dealId: string) => boolean): string[] {
  return CARD_ANSWERING.has(event.method) ? event.dealIds.filter(savingOwnMove) : [];
}

/** The commands whose result carries the moved deal's card: a move, and the undo of one. */
const CARD_ANSWERING: ReadonlySet<string> = new Set(['deals.transition', 'deals.undoTransition']);

/** How far a board's load has come: `complete` once every page is in. */
export interface BoardProgress {
  complete: boolean;
  loaded: number;
  /** How many cards the store counted when the load began (null until its first page). */
  total: number | null;
}

export type BoardLoad = LiveQuery<BoardData> & { progress: BoardProgress };

export interface BoardPaging {
  /** Cards in the first page: small, so a board with no snapshot paints at once. */
  first: number;
  /** Cards in each later page: a few milliseconds to copy and merge on the UI thread. */
  page: number;
}

export const BOARD_PAGING: BoardPaging = { first: 1_000, page: 5_000 };

export interface BoardDataOptions {
  paging?: BoardPaging;
  /** Told of each page's cards as they arrive. */
  onArrive?: ArrivingCards;
  /** False while the board is kept hidden behind another view (app/KeptBoard.tsx). */
  shown?: boolean;
}

/**
 * Whether a board's load needs the store to count it: only when no start-up snapshot stands in
 * for it (BoardView shows the snapshot, with its own count, until the board is whole; without
 * one it shows the first page as "n of total"). A count walks the whole board's index.
 */
function countsBoard(pipelineId: string | null): boolean {
  const snapshot = startSnapshot();
  return !(snapshot && (pipelineId === null || pipelineId === snapshot.pipeline.id));
}

/**
 * The first page to ask for (`pipelineId` null: the default board, as boot asks for it early).
 * Shown at once when no snapshot stands in, so `first` cards; behind a snapshot nothing is shown
 * before the board is whole, so as many as a later page may hold — a board of up to that many
 * cards is read in one round trip instead of a first page and then its ranges.
 */
export function firstPageInput(pipelineId: string | null, { first, page }: BoardPaging): FirstPageInput {
  const count = countsBoard(pipelineId);
  return { after: null, limit: count ? first : rangeLimit(page), split: page, count };
}

/** A later page's limit: twice the cut, so a range that grew meanwhile is still read in one. */
const rangeLimit = (page: number) => Math.min(page * 2, BOARD_PAGE_MAX);

/** Pages asked for at once: the store reads the next while the UI merges the last. */
const IN_FLIGHT = 3;

/**
 * Told of each page's cards as they arrive (the very objects the board will list, for the
 * pipeline it will show), so what is derived per card can be derived while the store reads the
 * next pages, not all at once after the last.
 */
export type ArrivingCards = (pipeline: Pipeline, cards: readonly BoardCard[]) => void;

const LOADING: BoardLoad = {
  status: 'loading',
  data: null,
  error: null,
  progress: { complete: false, loaded: 0, total: null },
};

/**
 * The board's data, kept current the local-first way: read page by page when it opens (or the
 * pipeline changes, or the store host restarts) — each page a separate message and task, so a
 * 100,000-deal board never blocks the UI thread while it arrives — then only the cards of the
 * deals each committed change names (a move re-reads one card, not the board), and this
 * window's own moves not even that: their saves answer with the moved card, applied as is.
 * The first page is published at once (a board with no snapshot paints from it); later pages
 * are merged quietly and published together when the last is in (`progress.complete`), so the
 * board derives its columns twice, not once per page. A reload (a pipeline edit, a restore, a
 * switch to another pipeline) keeps the last whole board on screen until the new one is whole.
 * Changes that land meanwhile are applied to the cards being gathered (BoardStream), never
 * lost to a page read before them. Kept hidden behind another view (`shown` false), a change that
 * calls for a reload (an import, a restore, a pipeline edit) waits for the rep to pause and the
 * page to idle, or for the board to be shown, whichever comes first: its pages, merged on this
 * thread, would compete with the view on screen (an import's summary, a backup's restore).
 */
export function useBoardData(
  pipelineId: string | null,
  { paging = BOARD_PAGING, onArrive, shown = true }: BoardDataOptions = {},
): BoardLoad {
  const [state, setState] = useState<BoardLoad>(LOADING);
  const arrive = useRef(onArrive);
  useEffect(() => {
    arrive.current = onArrive;
  });
  const onScreen = useRef(shown);
  /** Runs the reload a change left waiting while the board was hidden, if one is waiting. */
  const catchUp = useRef(() => {});
  useEffect(() => {
    onScreen.current = shown;
    if (shown) catchUp.current();
  }, [shown]);
  /** A whole board has been shown: a reload (or another pipeline) keeps it until the new one is whole. */
  const shownWhole = useRef(false);
  const { first, page } = paging;

  useEffect(() => {
    const { store, onReconnect } = platform();
    let alive = true;
    let stream = new BoardStream();
    let pipeline: Pipeline | null = null;
    let progress: BoardProgress = LOADING.progress;
    let generation = 0;
    /** Deals named before the first page told which pipeline this is: refreshed once it has. */
    const waiting = new Set<string>();
    /** Cards a change named that this window's own move is to answer. */
    const answeredByMove = new Set<string>();

    const publish = () => {
      if (!pipeline || (shownWhole.current && !progress.complete)) return;
      shownWhole.current ||= progress.complete;
      const data = { pipeline, cards: stream.list() };
      setState({ status: 'ready', data, error: null, progress: { ...progress, loaded: stream.size } });
    };
    const fail = (error: unknown) =>
      alive && setState((s) => ({ ...s, status: 'error', error: errorText(error) }) as BoardLoad);
    /** A page of a load since replaced (the store restarted, the board reloaded) fails unheard. */
    const failFor = (mine: number) => (error: unknown) => mine === generation && fail(error);

    const patch = (ids: readonly string[]) => {
      if (!pipeline) {
        ids.forEach((id) => waiting.add(id));
        return;
      }
      const mine = generation;
      const stamp = stream.stamp();
      store.call('board.cards', { pipelineId: pipeline.id, ids: [...ids] }).then((cards) => {
        if (!alive || mine !== generation) return;
        stream.applyCards(ids, cards, stamp);
        publish();
      }, fail);
    };

    /** The ranges of the board still to read (after, up to and including until), and how many are being read. */
    let ranges: { after: string; until?: string }[] = [];
    let reading = 0;
    /** The board the store holds for its ranges (its first page's read), and that page's stamp. */
    let held: { token: string; stamp: number } | null = null;
    const settle = (mine: number) => {
      if (mine !== generation) return;
      while (reading < IN_FLIGHT && ranges.length > 0) readRange(mine, ranges.shift()!);
      if (reading === 0 && ranges.length === 0) {
        progress = { ...progress, complete: true };
        publish();
      }
    };
    const readRange = (mine: number, range: { after: string; until?: string }) => {
      reading += 1;
      // Read from what the store held at the first page: as old as that page (see board.page).
      const stamp = held ? held.stamp : stream.stamp();
      const input = {
        pipelineId: pipeline!.id, // the one the first page read, even when none was asked for
        ...range,
        limit: rangeLimit(page),
        ...(held ? { held: held.token } : {}),
      };
      store.call('board.page', input).then((answer) => {
        if (!alive || mine !== generation) return;
        reading -= 1;
        const added = stream.addPage(answer.cards, stamp); // taken whether or not anyone is told
        arrive.current?.(pipeline!, added);
        // A range that grew past one page (deals added meanwhile) goes on where it stopped.
        if (answer.next !== null) ranges.unshift({ ...range, after: answer.next });
        settle(mine);
      }, failFor(mine));
    };
    const readFirst = (mine: number) => {
      const stamp = stream.stamp();
      const input = { ...(pipelineId ? { pipelineId } : {}), ...firstPageInput(pipelineId, { first, page }) };
      // Asked for at start-up, before the first render (boardEarly.ts), when it still stands.
      const asked = takeEarlyFirstPage(input) ?? store.call('board.page', input);
      asked.then((answer) => {
        if (!alive || mine !== generation) return;
        pipeline = answer.pipeline;
        held = answer.held === undefined ? null : { token: answer.held, stamp };
        progress = { ...progress, total: answer.total ?? null };
        // The rest of the board, cut by the store into ranges read a few at a time, side by side.
        const cuts = answer.next === null ? [] : [answer.next, ...(answer.splits ?? [])];
        ranges = cuts.map((after, i) => ({ after, ...(cuts[i + 1] ? { until: cuts[i + 1] } : {}) }));
        const added = stream.addPage(answer.cards, stamp);
        if (ranges.length > 0) publish(); // the first page, while the rest arrives
        arrive.current?.(answer.pipeline, added);
        settle(mine);
        if (waiting.size > 0) {
          const ids = [...waiting];
          waiting.clear();
          patch(ids);
        }
      }, failFor(mine));
    };
    const reload = () => {
      const mine = ++generation;
      stream = new BoardStream();
      pipeline = null;
      progress = LOADING.progress;
      waiting.clear();
      ranges = [];
      reading = 0;
      held = null;
      readFirst(mine);
    };

    /** One of this window's moves was saved: show its card as the store returned it. */
    const land = (dealId: string, { deal, card }: MoveLanding) => {
      if (!pipeline) {
        waiting.add(dealId); // no page yet: re-read it once the first one is in
        return;
      }
      const fresh = card && deal.pipelineId === pipeline.id ? [card] : [];
      stream.applyCards([dealId], fresh, stream.stamp());
      publish();
    };

    /** A reload waits (the board is hidden): every change until it runs is in what it reads. */
    let behind = false;
    let cancelWait = () => {};
    catchUp.current = () => {
      if (!behind) return;
      behind = false;
      cancelWait();
      reload();
    };
    const reloadWhenSeen = () => {
      if (onScreen.current) return reload();
      if (behind) return;
      behind = true;
      cancelWait = whenIdle(() => catchUp.current());
    };

    reload();
    const offChange = store.on('store.changed', (event) => {
      const action = boardRefreshFor(event);
      if (action === 'reload') return reloadWhenSeen();
      if (action === 'none' || behind) return;
      stream.changed(event.dealIds);
      const own = ownMoveIds(event, isSavingOwnMove);
      own.forEach((id) => answeredByMove.add(id));
      const others = event.dealIds.filter((id) => !own.includes(id));
      if (others.length > 0) patch(others);
    });
    const offLanded = onOwnMoveLanded((dealId, landing) => {
      const announced = answeredByMove.delete(dealId);
      if (landing) land(dealId, landing);
      // Committed, yet the call failed (e.g. the journal could not be written): read it.
      else if (announced) patch([dealId]);
    });
    const offReconnect = onReconnect(reloadWhenSeen);
    return () => {
      alive = false;
      cancelWait();
      offChange();
      offLanded();
      offReconnect();
    };
  }, [pipelineId, first, page]);

  return state;
}
