import { platform } from '../../state/session';

/** Board actions: the only place this feature writes to the store (moves are flows/stageChange). */
export function loadSamplePipeline(count = 60) {
  return platform().store.call('sample.load', { count, seed: 42 });
}

/** The first-run guide is not shown again. */
export function dismissGuide() {
  return platform().store.call('settings.update', { patch: { guideDismissed: true } });
}
