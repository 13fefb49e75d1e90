import type { InputOf } from '../../../../shared/rpc/contract';
import { platform } from '../../state/session';

/** Quick add's one write: a new lead in the first stage. */
export function quickAdd(input: InputOf<'deals.create'>) {
  return platform().store.call('deals.create', input);
}
