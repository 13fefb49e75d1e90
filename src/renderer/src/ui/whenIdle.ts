/**
 * Idle work that can wait (Insights' chunk loaded and its charts drawn ahead of a visit) waits
 * for the page to be idle AND the rep to pause. `requestIdleCallback` alone runs between two
 * frames as soon as one leaves time over — also between the keystrokes of a search and the
 * frames of a scroll — and one chart drawn ahead is a single task of 30–150 ms of CPU (Recharts
 * renders and measures its text synchronously): at 100,000 deals the bench's typing had every
 * main-thread task over 50 ms of CPU be Insights drawn ahead (CDP trace with a CPU profile,
 * `performWorkUntilDeadline` → `InsightsView` charts), and each such task delays the next key.
 */

/** How long after the rep's last scroll, wheel, key or press the page counts as quiet. */
export const QUIET_MS = 1_000;
const INPUTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

let lastInput = Number.NEGATIVE_INFINITY;
let listening = false;
const noteInput = () => {
  lastInput = performance.now();
};

/**
 * Start hearing the rep's inputs, in the capture phase of the window (a list's scroll does not
 * bubble, but is captured there). The app calls it as it starts (boot.tsx), so inputs before the
 * first `whenIdle` count: heard only from that call on, a scroll begun as the board went live was
 * unknown to the Insights chunk's preload a second later, which found the rep "quiet", and its
 * fetch, compile and run (a 90 ms task of CPU) landed between the scroll's frames.
 */
export function listenForInput(): void {
  if (listening) return;
  listening = true;
  for (const type of INPUTS) window.addEventListener(type, noteInput, { capture: true, passive: true });
}

/** Milliseconds left until the rep has paused for `QUIET_MS` (0: they have). */
function untilQuiet(): number {
  listenForInput();
  return Math.max(0, lastInput + QUIET_MS - performance.now());
}

/**
 * Run `run` once the rep has paused (no scroll, wheel, key or press for `QUIET_MS`) and the page
 * is idle (at once where there is no idle callback); `timeoutMs` bounds the wait for idle time
 * once the rep has paused, never the wait for the pause. Returns a cancel.
 */
export function whenIdle(run: () => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    run();
    return () => undefined;
  }
  const options = timeoutMs === undefined ? undefined : { timeout: timeoutMs };
  let cancel = () => {};
  const wait = () => {
    const ms = untilQuiet();
    if (ms > 0) {
      const timer = setTimeout(wait, ms);
      cancel = () => clearTimeout(timer);
      return;
    }
    // An input between the ask and the idle time: wait for the pause again.
    const handle = requestIdleCallback(() => (untilQuiet() > 0 ? wait() : run()), options);
    cancel = () => cancelIdleCallback(handle);
  };
  wait();
  return () => cancel();
}
