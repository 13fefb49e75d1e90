import type { InputOf } from '../../../../shared/rpc/contract';
import { platform } from '../../state/session';

type Patch = InputOf<'deals.update'>['patch'];

/** Deal workspace actions: the only place this feature writes to the store. */
export function updateDeal(id: string, patch: Patch) {
  return platform().store.call('deals.update', { id, patch });
}

export function addContact(input: InputOf<'deals.addContact'>) {
  return platform().store.call('deals.addContact', input);
}

export function updateContact(input: InputOf<'deals.updateContact'>) {
  return platform().store.call('deals.updateContact', input);
}

export function removeContact(dealId: string, contactId: string) {
  return platform().store.call('deals.removeContact', { dealId, contactId });
}

export function logActivity(input: InputOf<'activities.log'>) {
  return platform().store.call('activities.log', input);
}
