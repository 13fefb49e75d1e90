import type { InputOf } from '../../../../shared/rpc/contract';
import { platform } from '../../state/session';

/** Board actions: the only place this feature writes to the store. */
export function quickAdd(input: InputOf<'deals.create'>) {
  return platform().store.call('deals.create', input);
}

export function loadSamplePipeline(count = 60) {
  return platform().store.call('sample.load', { count, seed: 42 });
}
