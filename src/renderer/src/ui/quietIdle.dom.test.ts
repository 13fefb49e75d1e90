/** Idle work waits for the rep to pause: no scroll, wheel, key or press for a moment. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuietIdle } from './quietIdle';

/** The idle callbacks asked for and not yet run. */
let idle: IdleRequestCallback[] = [];
const runIdle = () => {
  const due = idle;
  idle = [];
  for (const run of due) run({ didTimeout: false, timeRemaining: () => 20 });
};

beforeEach(() => {
  idle = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => {
    idle = [];
  });
});
afterEach(() => {
  vi.advanceTimersByTime(10_000); // the next test starts quiet
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenQuietIdle', () => {
  it('runs in the next idle period when the rep is not interacting', () => {
    const run = vi.fn();
    whenQuietIdle(run);
    runIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each(['scroll', 'wheel', 'keydown', 'pointerdown'])(
    'waits while the rep goes on (%s), and runs once they pause',
    (type) => {
      const run = vi.fn();
      const target = document.body.appendChild(document.createElement('div'));
      whenQuietIdle(run);
      // Inputs every 200 ms for 2 s, with idle time between them: nothing runs.
      for (let t = 0; t < 2_000; t += 200) {
        target.dispatchEvent(new Event(type)); // not bubbling: the window captures it
        runIdle();
        vi.advanceTimersByTime(200);
      }
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1_000); // a pause
      runIdle();
      expect(run).toHaveBeenCalledTimes(1);
      target.remove();
    },
  );

  it('is cancelled while it waits for the pause', () => {
    const run = vi.fn();
    const cancel = whenQuietIdle(run);
    document.body.dispatchEvent(new Event('keydown'));
    runIdle(); // the rep typed: it waits on a timer
    cancel();
    vi.advanceTimersByTime(1_000);
    runIdle();
    expect(run).not.toHaveBeenCalled();
  });
});
