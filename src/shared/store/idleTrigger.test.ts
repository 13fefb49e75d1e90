import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleTrigger } from './idleTrigger';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('idleTrigger', () => {
  it('runs once, only after the store has had no call in flight for the whole delay', () => {
    const task = vi.fn();
    const idle = idleTrigger(1_000, task);
    idle.begin(); // the first calls arrive at once
    idle.begin();
    vi.advanceTimersByTime(5_000);
    expect(task).not.toHaveBeenCalled(); // never while a call is in flight
    idle.end();
    vi.advanceTimersByTime(5_000);
    expect(task).not.toHaveBeenCalled();
    idle.end();
    vi.advanceTimersByTime(999);
    idle.begin(); // another call just before the delay ran out starts it over
    idle.end();
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    idle.begin();
    idle.end();
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs when no call ever comes', () => {
    const task = vi.fn();
    idleTrigger(1_000, task);
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
