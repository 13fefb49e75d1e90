import type { InputOf } from '../../../../shared/rpc/contract';
import { saveOwnMove } from '../../state/ownMoves';
import { platform } from '../../state/session';

/**
 * The stage change's writes: the move, its undo, and the next step it proposes. A move's
 * result (and an undo's) carries the moved card, which is handed to the board.
 */
export function transitionDeal(input: InputOf<'deals.transition'>) {
  return saveOwnMove(input.dealId, () => platform().store.call('deals.transition', input));
}

export function undoTransition(dealId: string, historyId: string) {
  return saveOwnMove(dealId, () => platform().store.call('deals.undoTransition', { dealId, historyId }));
}

export function createFollowUp(input: InputOf<'followUps.create'>) {
  return platform().store.call('followUps.create', input);
}
