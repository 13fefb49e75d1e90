import { describe, expect, it } from 'vitest';
import type { RpcClient } from '../../../shared/rpc/client';
import type { BoardPage, ChangeEvent } from '../../../shared/rpc/views';
import { readFirstPageEarly, takeEarlyFirstPage } from './boardEarly';

const input = { after: null, limit: 1_000, split: 5_000, count: false } as const;
const page = { pipeline: {}, cards: [], next: null, total: 0 } as unknown as BoardPage;

/** A store answering board.page with `answer`, whose change events the test sends. */
function fakeStore(answer: () => Promise<BoardPage>) {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const store = {
    call: () => answer(),
    on: (_: string, listener: (event: ChangeEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as RpcClient;
  const emit = (silent: boolean) =>
    listeners.forEach((l) => l({ tables: ['deals'], method: 'deals.update', silent, dealIds: ['d1'] }));
  return { store, emit, listening: () => listeners.size };
}

describe('the board first page asked for at start-up', () => {
  it('is taken once, for the same request, and stops listening', async () => {
    const { store, listening } = fakeStore(() => Promise.resolve(page));
    readFirstPageEarly(store, input);
    expect(listening()).toBe(1);
    await expect(takeEarlyFirstPage({ ...input })).resolves.toBe(page);
    expect(listening()).toBe(0);
    expect(takeEarlyFirstPage({ ...input })).toBeNull();
  });

  it('is not taken for another pipeline, page size or count', () => {
    const { store } = fakeStore(() => Promise.resolve(page));
    readFirstPageEarly(store, input);
    expect(takeEarlyFirstPage({ ...input, pipelineId: 'p2' })).toBeNull();
    readFirstPageEarly(store, input);
    expect(takeEarlyFirstPage({ ...input, limit: 2 })).toBeNull();
    readFirstPageEarly(store, input); // asked without the count: a board that shows it asks again
    expect(takeEarlyFirstPage({ ...input, count: true })).toBeNull();
  });

  it('is dropped once a change is committed after it was sent (a silent one does not count)', () => {
    const { store, emit } = fakeStore(() => Promise.resolve(page));
    readFirstPageEarly(store, input);
    emit(true);
    expect(takeEarlyFirstPage({ ...input })).not.toBeNull();
    readFirstPageEarly(store, input);
    emit(false);
    expect(takeEarlyFirstPage({ ...input })).toBeNull();
  });

  it('is dropped when it failed before the board asked (the store could not open), so the board reads again', async () => {
    const { store, listening } = fakeStore(() => Promise.reject(new Error('unavailable')));
    readFirstPageEarly(store, input);
    await new Promise((r) => setTimeout(r, 0));
    expect(listening()).toBe(0);
    expect(takeEarlyFirstPage({ ...input })).toBeNull();
  });
});
