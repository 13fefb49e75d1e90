import type { InputOf } from '../../../../../shared/rpc/contract';
import { platform } from '../../../state/session';

/** Handoff writes: the only place this feature changes the store. */
export function startChecklist(dealId: string) {
  return platform().store.call('handoff.create', { dealId });
}

export function updateItem(input: InputOf<'handoff.updateItem'>) {
  return platform().store.call('handoff.updateItem', input);
}

export function addItem(input: InputOf<'handoff.addItem'>) {
  return platform().store.call('handoff.addItem', input);
}

export function removeItem(input: InputOf<'handoff.removeItem'>) {
  return platform().store.call('handoff.removeItem', input);
}

export function moveItem(input: InputOf<'handoff.moveItem'>) {
  return platform().store.call('handoff.moveItem', input);
}

export function createFollowOn(input: InputOf<'deals.createFollowOn'>) {
  return platform().store.call('deals.createFollowOn', input);
}

export { errorText } from '../../../../../shared/errorText';
