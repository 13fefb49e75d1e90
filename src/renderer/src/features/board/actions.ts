import { platform } from '../../state/session';

/** Board actions: the only place this feature writes to the store (moves are flows/stageChange). */
export function loadSamplePipeline(count = 60) {
  return platform().store.call('sample.load', { count, seed: 42 });
}
