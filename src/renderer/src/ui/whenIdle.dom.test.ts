/** Idle work that can wait waits for the rep to pause: no scroll, wheel, key or press for a moment. */
import { describe, expect, it, vi } from 'vitest';
import { heldIdleCallbacks } from '../testing/heldIdle';
import { QUIET_MS, whenIdle } from './whenIdle';

const idle = heldIdleCallbacks();
const runIdle = () => idle.run();

describe('whenIdle', () => {
  it('runs in the next idle period when the rep is not interacting', () => {
    const run = vi.fn();
    whenIdle(run);
    expect(run).not.toHaveBeenCalled();
    runIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each(['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'])(
    'waits while the rep goes on (%s), idle time between the inputs or not, and runs once they pause',
    (type) => {
      const run = vi.fn();
      const target = document.body.appendChild(document.createElement('div'));
      whenIdle(run);
      // An input every 100 ms for 3 s, the page idle between them (a search typed, a list
      // scrolled): nothing runs.
      for (let t = 0; t < 3_000; t += 100) {
        target.dispatchEvent(new Event(type)); // not bubbling: the window captures it
        runIdle();
        vi.advanceTimersByTime(100);
      }
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(QUIET_MS); // a pause
      runIdle();
      expect(run).toHaveBeenCalledTimes(1);
      target.remove();
    },
  );

  it('an input after the ask, before the idle time: waits for the pause', () => {
    const run = vi.fn();
    whenIdle(run);
    document.body.dispatchEvent(new Event('keydown'));
    runIdle();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_MS);
    runIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('is cancelled while it waits for the pause', () => {
    const run = vi.fn();
    const cancel = whenIdle(run);
    document.body.dispatchEvent(new Event('keydown'));
    runIdle(); // the rep typed: it waits on a timer
    cancel();
    vi.advanceTimersByTime(QUIET_MS);
    runIdle();
    expect(run).not.toHaveBeenCalled();
  });

  it("hears the inputs from the app's start, not from its first ask", async () => {
    // A fresh module, as the app loads it: the rep scrolls before anything asked for idle time.
    vi.resetModules();
    const fresh = await import('./whenIdle');
    fresh.listenForInput(); // boot.tsx
    document.body.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(QUIET_MS / 2);
    const run = vi.fn();
    fresh.whenIdle(run);
    runIdle();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_MS / 2);
    runIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
