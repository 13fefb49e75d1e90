/**
 * The agenda's clock wakes right when the next follow-up falls due (not up to 30 s later),
 * asking `nextWake` at each tick, so no component has to hold the wake time in state.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFollowUpsNow } from './followupsNow';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const START = new Date(2025, 5, 15, 12, 0, 0).getTime();
let root: Root;
let host: HTMLDivElement;
const seen: number[] = [];

function Clock({ dues }: { dues: number[] }) {
  const now = useFollowUpsNow(30_000, (at) => dues.find((d) => d > at) ?? null);
  seen.push(now);
  return null;
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  seen.length = 0;
  host = document.createElement('div');
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useFollowUpsNow', () => {
  it('ticks at the next due time, then at the one after', () => {
    act(() => root.render(<Clock dues={[START + 5_000, START + 12_000]} />));
    act(() => vi.advanceTimersByTime(5_001));
    expect(seen.at(-1)).toBe(START + 5_001);
    act(() => vi.advanceTimersByTime(7_000));
    expect(seen.at(-1)).toBe(START + 12_001);
  });

  it('without a due time soon, ticks every 30 s only', () => {
    act(() => root.render(<Clock dues={[START + 90_000]} />));
    act(() => vi.advanceTimersByTime(29_000));
    expect(seen.at(-1)).toBe(START);
    act(() => vi.advanceTimersByTime(1_000));
    expect(seen.at(-1)).toBe(START + 30_000);
  });
});
