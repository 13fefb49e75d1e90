import { afterStartup } from '../state/startupOrder';

/** Where `requestIdleCallback` is missing, run after this long instead. */
const FALLBACK_MS = 1_000;

/**
 * Load a view's code ahead of its first visit: once start-up is done (the live board is whole,
 * see state/startupOrder.ts) and then only when the page is idle (or after `timeoutMs`), so it
 * never delays the board. The first visit then draws at once instead of first fetching, parsing
 * and running the view's chunk. A failed load is left to the visit, which loads it again.
 * Returns a cancel.
 */
export function preloadWhenIdle(load: () => Promise<unknown>, timeoutMs = 5_000): () => void {
  let cancelIdle = () => undefined as void;
  const run = () => void load().catch(() => undefined);
  const cancelStart = afterStartup(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: timeoutMs });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, FALLBACK_MS);
      cancelIdle = () => clearTimeout(handle);
    }
  });
  return () => {
    cancelStart();
    cancelIdle();
  };
}
