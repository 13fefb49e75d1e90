import type { InputOf } from '../../../../shared/rpc/contract';
import { platform } from '../../state/session';

/** Board actions: the only place this feature writes to the store. */
export function quickAdd(input: InputOf<'deals.create'>) {
  return platform().store.call('deals.create', input);
}

export function loadSamplePipeline(count = 60) {
  return platform().store.call('sample.load', { count, seed: 42 });
}

export function transitionDeal(input: InputOf<'deals.transition'>) {
  return platform().store.call('deals.transition', input);
}

export function undoTransition(dealId: string, historyId: string) {
  return platform().store.call('deals.undoTransition', { dealId, historyId });
}

export function createFollowUp(input: InputOf<'followUps.create'>) {
  return platform().store.call('followUps.create', input);
}
