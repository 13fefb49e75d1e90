/**
 * A live query re-runs when a change names a table it reads; with `settleMs` a burst of changes
 * re-runs it once, after the burst (the board's "My numbers" strip waits behind the board).
 */
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../platform/types';
import type { ChangeEvent } from '../../../shared/rpc/views';
import { askAndKeep, useLiveQuery } from './liveQuery';
import { setPlatform } from './session';
import { armStartupOrder, resetStartupOrder, startupDone } from './startupOrder';
import { loadMethodReads } from './methodReads';

// The contract's tables are loaded after the app's code (methodReads.ts): these tests are about after.
beforeAll(() => loadMethodReads());

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

function Probe({ settleMs, afterStartup }: { settleMs?: number; afterStartup?: boolean }) {
  useLiveQuery('insights.numbers', {}, { ...(settleMs === undefined ? {} : { settleMs }), afterStartup });
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
  resetStartupOrder();
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

  it('afterStartup: asks nothing until start-up is done (a change meanwhile included), then once', async () => {
    armStartupOrder();
    await act(async () => root.render(<Probe afterStartup />));
    await act(async () => emit(change(['deals'])));
    expect(calls).toBe(0);
    await act(async () => startupDone());
    expect(calls).toBe(1);
    await act(async () => emit(change(['deals'])));
    expect(calls).toBe(2);
  });

  it('afterStartup, once start-up is done: runs at once, like any live query', async () => {
    armStartupOrder();
    startupDone();
    await act(async () => root.render(<Probe afterStartup />));
    expect(calls).toBe(1);
  });
});

/** A store whose answers wait until the test gives them (`answer(i, data)`), every listener told. */
function heldPlatform() {
  const pending: ((data: unknown) => void)[] = [];
  const listeners = new Set<(event: ChangeEvent) => void>();
  const store = {
    call: () => {
      calls++;
      return new Promise((resolve) => pending.push(resolve));
    },
    on: (_: string, listener: (event: ChangeEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  setPlatform({ store, onReconnect: () => () => undefined } as unknown as Platform);
  return {
    answer: (i: number, data: unknown) => act(async () => pending[i]!(data)),
    tell: (event: ChangeEvent) => act(async () => listeners.forEach((listener) => listener(event))),
  };
}

describe('useLiveQuery with keep, mounted while askAndKeep asks the same', () => {
  let shown: unknown = null;
  function Kept() {
    const { data } = useLiveQuery('insights.numbers', {}, { keep: true });
    useEffect(() => {
      shown = data;
    }, [data]);
    return null;
  }
  beforeEach(() => {
    shown = null;
  });

  it('waits for that answer instead of asking again', async () => {
    const store = heldPlatform();
    void askAndKeep('insights.numbers', {});
    await act(async () => root.render(<Kept />));
    expect(calls).toBe(1);
    await store.answer(0, { n: 1 });
    expect(shown).toEqual({ n: 1 });
    expect(calls).toBe(1);
  });

  it('asks again when a change came before that answer: never shows what predates the change', async () => {
    const store = heldPlatform();
    void askAndKeep('insights.numbers', {});
    await store.tell(change(['deals'])); // before the view mounts: only the kept answers hear it
    await act(async () => root.render(<Kept />));
    await store.answer(0, { n: 1 });
    expect(shown).toBeNull();
    expect(calls).toBe(2);
    await store.answer(1, { n: 2 });
    expect(shown).toEqual({ n: 2 });
  });
});
