import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterStartup, armStartupOrder, resetStartupOrder, startupDone } from './startupOrder';

afterEach(() => {
  resetStartupOrder();
  vi.useRealTimers();
});

describe('start-up order', () => {
  it('runs at once when the app did not arm it (tests, other contexts)', () => {
    const run = vi.fn();
    afterStartup(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('once armed, holds every run until start-up is done, then runs each once, in order', () => {
    armStartupOrder();
    const order: string[] = [];
    afterStartup(() => order.push('badge'));
    afterStartup(() => order.push('numbers'));
    expect(order).toEqual([]);
    startupDone();
    startupDone();
    expect(order).toEqual(['badge', 'numbers']);
    afterStartup(() => order.push('later'));
    expect(order).toEqual(['badge', 'numbers', 'later']);
  });

  it('a cancelled run never runs', () => {
    armStartupOrder();
    const run = vi.fn();
    afterStartup(run)();
    startupDone();
    expect(run).not.toHaveBeenCalled();
  });

  it('opens on its own at the latest after ten seconds, whatever the board does', () => {
    vi.useFakeTimers();
    armStartupOrder();
    const run = vi.fn();
    afterStartup(run);
    vi.advanceTimersByTime(9_999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
