/**
 * Idle work that waits for the rep to pause. `requestIdleCallback` runs between two frames as
 * soon as one leaves time over — also between the frames of a scroll or of typing — and a
 * callback that overruns (a chunk of work that took longer than the machine promised, a garbage
 * collection inside it) then delays the rep's next frame. Work that can wait (search keys built
 * ahead, Insights drawn ahead, the start-up snapshot written) waits until no scroll, wheel, key
 * or press has come for `QUIET_MS`.
 */

/** How long after the rep's last scroll, wheel, key or press the page counts as quiet. */
const QUIET_MS = 500;
const INPUTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

let lastInput = Number.NEGATIVE_INFINITY;
let listening = false;
const noteInput = () => {
  lastInput = performance.now();
};

/**
 * Milliseconds left until the page is quiet (0: it is). Listens from its first call on, in the
 * capture phase of the window (a list's scroll does not bubble, but is captured).
 */
function untilQuiet(): number {
  if (!listening) {
    listening = true;
    for (const type of INPUTS) window.addEventListener(type, noteInput, { capture: true, passive: true });
  }
  return Math.max(0, lastInput + QUIET_MS - performance.now());
}

/**
 * `requestIdleCallback(run, options)` once the page is quiet: while the rep scrolls, types or
 * presses, it waits (a timer to the end of the quiet period, then an idle callback again).
 * `options.timeout` bounds the wait for idle time, not for quiet. Returns a cancel.
 */
export function whenQuietIdle(
  run: (deadline: IdleDeadline) => void,
  options?: IdleRequestOptions,
): () => void {
  let cancel = () => {};
  const wait = () => {
    const ms = untilQuiet();
    if (ms > 0) {
      const timer = setTimeout(wait, ms);
      cancel = () => clearTimeout(timer);
      return;
    }
    const handle = requestIdleCallback((deadline) => (untilQuiet() > 0 ? wait() : run(deadline)), options);
    cancel = () => cancelIdleCallback(handle);
  };
  wait();
  return () => cancel();
}
