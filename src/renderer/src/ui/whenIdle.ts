/**
 * Run `run` once the page is idle (at once where there is no idle callback), or after
 * `timeoutMs` at the latest when given; returns a cancel.
 */
export function whenIdle(run: () => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    run();
    return () => undefined;
  }
  const handle = requestIdleCallback(run, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
