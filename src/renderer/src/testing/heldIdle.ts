import { afterEach, beforeEach, vi } from 'vitest';
import { QUIET_MS } from '../ui/whenIdle';

/**
 * The fake clock starts at 0 in every test, and the inputs `whenIdle` heard stay heard: each test
 * starts this much later than the last, so the inputs of the one before are long past.
 */
let epoch = 0;

/**
 * For the tests of a file: idle callbacks held until the test runs them (`run`), on a fake clock
 * (timeouts and `performance.now`) started past every earlier test's inputs.
 */
export function heldIdleCallbacks() {
  let idle: IdleRequestCallback[] = [];
  beforeEach(() => {
    idle = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    epoch += 100 * QUIET_MS;
    vi.advanceTimersByTime(epoch);
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => {
      idle = [];
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return {
    /** Run the callbacks asked for so far, each with `ms` of idle time (each look at it costs 0.6 ms). */
    run(ms = 20) {
      const due = idle;
      idle = [];
      for (const callback of due) {
        let left = ms;
        callback({ didTimeout: false, timeRemaining: () => (left -= 0.6) });
      }
    },
    /** How many callbacks are waiting. */
    waiting: () => idle.length,
  };
}
