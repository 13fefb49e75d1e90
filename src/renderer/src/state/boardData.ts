import { errorText } from '../../../shared/errorText';
import { useEffect, useState } from 'react';
import type { BoardCard, BoardData, ChangeEvent } from '../../../shared/rpc/views';
import { contract } from '../../../shared/rpc/contract';
import type { LiveQuery } from './liveQuery';
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
 * The board's data, kept current the local-first way: one full read when it opens (or the
 * pipeline changes, or the store host restarts), then only the cards of the deals each
 * committed change names — a move at 10,000 deals re-reads one card, not 10,000.
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

    reload();
    const offChange = store.on('store.changed', (event) => {
      const action = boardRefreshFor(event);
      if (action === 'reload') reload();
      else if (action === 'patch') patch(event.dealIds);
    });
    const offReconnect = onReconnect(reload);
    return () => {
      alive = false;
      offChange();
      offReconnect();
    };
  }, [pipelineId]);

  return state;
}
