import type { InputOf } from '../../../../shared/rpc/contract';
import { platform } from '../../state/session';

/** The stage change's writes: the move, its undo, and the next step it proposes. */
export function transitionDeal(input: InputOf<'deals.transition'>) {
  return platform().store.call('deals.transition', input);
}

export function undoTransition(dealId: string, historyId: string) {
  return platform().store.call('deals.undoTransition', { dealId, historyId });
}

export function createFollowUp(input: InputOf<'followUps.create'>) {
  return platform().store.call('followUps.create', input);
}
