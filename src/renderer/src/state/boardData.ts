import { errorText } from '../../../shared/errorText';
import { useEffect, useState } from 'react';
import type { BoardCard, BoardData, ChangeEvent } from '../../../shared/rpc/views';
import { contract } from '../../../shared/rpc/contract';
import type { LiveQuery } from './liveQuery';
import { isSavingOwnMove, onOwnMoveLanded, type MoveLanding } from './ownMoves';
import { platform } from './session';

/** Above this many changed deals a full reload is cheaper than patching. */
const PATCH_LIMIT = 400;

/** Replace, add or drop the given cards, keeping every other card where it was. */
export function patchCards(
  cards: BoardCard[],
  changedIds: readonly string[],
  fresh: BoardCard[],
): BoardCard[] {
  const byId = new Map(fresh.map((c) => [c.id, c]));
  const changed = new Set(changedIds);
  const kept = cards.flatMap((c) => {
    if (!changed.has(c.id)) return [c];
    const next = byId.get(c.id);
    byId.delete(c.id);
    return next ? [next] : [];
  });
  return [...kept, ...byId.values()];
}

/** The tables `board.get` reads that `board.cards` does not (both as the contract declares them). */
const BOARD_FRAME: ReadonlySet<string> = new Set(
  contract['board.get'].reads.filter((t) => !contract['board.cards'].reads.includes(t)),
);

/** What a committed change means for the board: nothing, a few cards, or everything. */
export function boardRefreshFor(event: ChangeEvent): 'none' | 'patch' | 'reload' {
  if (event.silent) return 'none';
  // What the board reads besides its cards (the pipeline itself): a change there reloads it.
  if (event.tables.some((t) => BOARD_FRAME.has(t)) || event.dealIds.length > PATCH_LIMIT) return 'reload';
  return event.dealIds.length > 0 ? 'patch' : 'none';
}

/**
 * The deals of a change that one of this window's own moves will answer: its result carries
 * their cards, so the board does not ask the store for them again.
 */
export function ownMoveIds(event: ChangeEvent, savingOwnMove: (dealId: string) => boolean): string[] {
  return event.method === 'deals.transition' ? event.dealIds.filter(savingOwnMove) : [];
}

/**
 * The board's data, kept current the local-first way: one full read when it opens (or the
 * pipeline changes, or the store host restarts), then only the cards of the deals each
 * committed change names — a move at 10,000 deals re-reads one card, not 10,000 — and this
 * window's own moves not even that: their saves answer with the moved card, applied as is.
 */
export function useBoardData(pipelineId: string | null): LiveQuery<BoardData> {
  const [state, setState] = useState<LiveQuery<BoardData>>({ status: 'loading', data: null, error: null });

  useEffect(() => {
    const { store, onReconnect } = platform();
    let alive = true;
    let current: BoardData | null = null;
    let generation = 0;
    let reloading = false;
    const waiting = new Set<string>();
    /** Cards a change named that this window's own move is to answer. */
    const answeredByMove = new Set<string>();
    const show = (data: BoardData) => {
      current = data;
      setState({ status: 'ready', data, error: null });
    };
    const fail = (error: unknown) =>
      alive &&
      setState((s) => ({
        status: 'error',
        data: s.data,
        error: errorText(error),
      }));

    const patch = (ids: readonly string[]) => {
      if (!current || reloading) {
        ids.forEach((id) => waiting.add(id)); // applied once the full read lands
        return;
      }
      const mine = generation;
      store.call('board.cards', { pipelineId: current.pipeline.id, ids: [...ids] }).then((cards) => {
        if (!alive || mine !== generation || !current) return;
        show({ pipeline: current.pipeline, cards: patchCards(current.cards, ids, cards) });
      }, fail);
    };
    const reload = () => {
      const mine = ++generation;
      reloading = true;
      waiting.clear();
      store.call('board.get', pipelineId ? { pipelineId } : {}).then(
        (data) => {
          if (!alive || mine !== generation) return;
          reloading = false;
          show(data);
          if (waiting.size > 0) {
            const ids = [...waiting];
            waiting.clear();
            patch(ids);
          }
        },
        (error: unknown) => {
          reloading = false;
          fail(error);
        },
      );
    };

    /** One of this window's moves was saved: show its card as the store returned it. */
    const land = (dealId: string, { deal, card }: MoveLanding) => {
      if (!current || reloading) {
        waiting.add(dealId); // a full read in flight may predate the move: re-read it after
        return;
      }
      const fresh = card && deal.pipelineId === current.pipeline.id ? [card] : [];
      show({ pipeline: current.pipeline, cards: patchCards(current.cards, [dealId], fresh) });
    };

    reload();
    const offChange = store.on('store.changed', (event) => {
      const action = boardRefreshFor(event);
      if (action === 'reload') return reload();
      if (action === 'none') return;
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
    const offReconnect = onReconnect(reload);
    return () => {
      alive = false;
      offChange();
      offLanded();
      offReconnect();
    };
  }, [pipelineId]);

  return state;
}
