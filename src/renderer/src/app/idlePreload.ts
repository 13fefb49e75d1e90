import { afterStartup } from '../state/startupOrder';
import { whenIdle } from '../ui/whenIdle';

/**
 * Load a view's code ahead of its first visit: once start-up is done (the live board is whole,
 * see state/startupOrder.ts), a little later still (`afterMs`: the start-up's own deferred reads
 * and the rep's first moves go first), and then only when the rep pauses and the page is
 * idle (`whenIdle`; or after `idleTimeoutMs` of waiting for idle time once they paused). The first visit then draws at once instead of first fetching, parsing and
 * running the view's chunk. A failed load is left to the visit, which loads it again.
 * Returns a cancel.
 */
export function preloadWhenIdle(
  load: () => Promise<unknown>,
  { afterMs = 1_000, idleTimeoutMs = 5_000 } = {},
): () => void {
  let cancelLater: () => void = () => undefined;
  const run = () => void load().catch(() => undefined);
  const cancelStart = afterStartup(() => {
    const timer = setTimeout(() => (cancelLater = whenIdle(run, idleTimeoutMs)), afterMs);
    cancelLater = () => clearTimeout(timer);
  });
  return () => {
    cancelStart();
    cancelLater();
  };
}
