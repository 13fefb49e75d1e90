/** Run `run` once the page is idle (at once where there is no idle callback); returns a cancel. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    run();
    return () => undefined;
  }
  const handle = requestIdleCallback(run);
  return () => cancelIdleCallback(handle);
}
