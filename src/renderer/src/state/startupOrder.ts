/**
 * Start-up order: the board is what the rep waits for, so its reads reach the store first.
 * What else the first screen asks for — the follow-ups badge, My numbers, the reminder loop's
 * first claim — waits until the live board is whole on screen (or the board could not load, or
 * the rep went to another view), then runs. On the store worker those reads would otherwise
 * share the worker's thread and IndexedDB with the board's pages.
 *
 * The app arms this once at start (app/boot.tsx). Unarmed (tests, any other context), nothing
 * waits. Armed, it opens at the latest after `LATEST_MS`, whatever happens to the board.
 */
type Run = () => void;

const LATEST_MS = 10_000;

let state: 'unarmed' | 'waiting' | 'open' = 'unarmed';
const waiting = new Set<Run>();
let latest: ReturnType<typeof setTimeout> | undefined;

/** The app is starting: calls made through `afterStartup` wait for `startupDone`. */
export function armStartupOrder(): void {
  if (state !== 'unarmed') return;
  state = 'waiting';
  latest = setTimeout(startupDone, LATEST_MS);
}

/** Run `run` once start-up is done (at once when it is, or when nothing armed it); returns a cancel. */
export function afterStartup(run: Run): () => void {
  if (state !== 'waiting') {
    run();
    return () => undefined;
  }
  const once: Run = () => run();
  waiting.add(once);
  return () => waiting.delete(once);
}

/** The live board is whole on screen (or will not be): whatever waited runs now, in the order it asked. */
export function startupDone(): void {
  if (state === 'open') return;
  state = 'open';
  clearTimeout(latest);
  const runs = [...waiting];
  waiting.clear();
  runs.forEach((run) => run());
}

/** Tests: back to a page that has not started. */
export function resetStartupOrder(): void {
  state = 'unarmed';
  clearTimeout(latest);
  waiting.clear();
}
