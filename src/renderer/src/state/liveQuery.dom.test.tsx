/**
 * A live query re-runs when a change names a table it reads; with `settleMs` a burst of changes
 * re-runs it once, after the burst (the board's "My numbers" strip waits behind the board).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../platform/types';
import type { ChangeEvent } from '../../../shared/rpc/views';
import { useLiveQuery } from './liveQuery';
import { setPlatform } from './session';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let calls = 0;
let emit: (event: ChangeEvent) => void = () => undefined;

function fakePlatform(): Platform {
  const store = {
    call: () => Promise.resolve({ calls: ++calls }),
    on: (_: string, listener: (event: ChangeEvent) => void) => {
      emit = listener;
      return () => undefined;
    },
  };
  return { store, onReconnect: () => () => undefined } as unknown as Platform;
}

function Probe({ settleMs }: { settleMs?: number }) {
  useLiveQuery('insights.numbers', {}, settleMs === undefined ? {} : { settleMs });
  return null;
}

const change = (tables: string[]) => ({ tables, method: 'deals.update', silent: false, dealIds: [] });

beforeEach(() => {
  vi.useFakeTimers();
  calls = 0;
  setPlatform(fakePlatform());
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useLiveQuery', () => {
  it('re-runs at once on each change to a table it reads, and not for other tables', async () => {
    await act(async () => root.render(<Probe />));
    expect(calls).toBe(1);
    await act(async () => emit(change(['deals'])));
    await act(async () => emit(change(['followUps'])));
    expect(calls).toBe(2);
  });

  it('with settleMs, a burst of changes re-runs it once, after the burst', async () => {
    await act(async () => root.render(<Probe settleMs={400} />));
    expect(calls).toBe(1);
    for (let i = 0; i < 5; i++) {
      await act(async () => emit(change(['deals'])));
      await act(async () => vi.advanceTimersByTime(100));
    }
    expect(calls).toBe(1);
    await act(async () => vi.advanceTimersByTime(400));
    expect(calls).toBe(2);
  });
});
