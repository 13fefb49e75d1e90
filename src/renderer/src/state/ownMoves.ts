import type { ResultOf } from '../../../shared/rpc/contract';

/** What a move's save answered: the moved deal and its board card (null: it left the board). */
export type MoveLanding = Pick<ResultOf<'deals.transition'>, 'deal' | 'card'>;

/** Told when one of this window's moves has been answered: its result, or null when it failed. */
type LandingListener = (dealId: string, landing: MoveLanding | null) => void;

/** Deal id → how many of this window's moves of it are being saved. */
const saving = new Map<string, number>();
const listeners = new Set<LandingListener>();

/**
 * True while this window is saving a move of the deal. The store announces a committed move
 * before it answers the caller, so the board can leave that card to the move's own result
 * (which carries it) instead of asking the store again; other windows, not saving it, ask.
 */
export function isSavingOwnMove(dealId: string): boolean {
  return saving.has(dealId);
}

function settle(dealId: string, landing: MoveLanding | null) {
  const left = (saving.get(dealId) ?? 1) - 1;
  if (left > 0) saving.set(dealId, left);
  else saving.delete(dealId);
  listeners.forEach((listener) => listener(dealId, landing));
}

/** Save one of this window's moves (`save` calls `deals.transition`) and hand its card to the board. */
export async function saveOwnMove<T extends MoveLanding>(dealId: string, save: () => Promise<T>): Promise<T> {
  saving.set(dealId, (saving.get(dealId) ?? 0) + 1);
  let result: T;
  try {
    result = await save();
  } catch (error) {
    settle(dealId, null);
    throw error;
  }
  settle(dealId, result);
  return result;
}

/** Listen for this window's moves being answered (the board applies their cards). */
export function onOwnMoveLanded(listener: LandingListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
