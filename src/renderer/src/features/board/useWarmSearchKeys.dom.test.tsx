/**
 * The live board builds its search keys and text index while the page is idle, once each, a
 * bounded chunk at a time; a drop (a card or two new) builds nothing again.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardCard } from '../../../../shared/rpc/views';
import { BoardColumns } from './boardColumns';
import { card } from './testing/cards';
import { LARGE_BOARD } from './useFilteredColumns';
import { STALE_CARDS, useWarmSearchKeys } from './useWarmSearchKeys';
import type * as SearchKeys from './searchKey';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Card ids whose search key was asked for, in order. */
const built = vi.hoisted(() => [] as string[]);

vi.mock('./searchKey', async (importOriginal) => {
  const actual = await importOriginal<typeof SearchKeys>();
  return {
    ...actual,
    searchKey(c: BoardCard) {
      built.push(c.id);
      return actual.searchKey(c);
    },
  };
});

/** The idle callbacks asked for and not yet run. */
let idle: IdleRequestCallback[] = [];

function Warm({
  cards,
  enabled,
  model,
}: {
  cards: readonly BoardCard[];
  enabled: boolean;
  model: BoardColumns;
}) {
  useWarmSearchKeys(cards, enabled, model);
  return null;
}

function mount(cards: readonly BoardCard[], enabled = true, model = new BoardColumns()) {
  const root = createRoot(document.createElement('div'));
  const render = (list: readonly BoardCard[]) =>
    act(() => root.render(<Warm cards={list} enabled={enabled} model={model} />));
  render(cards);
  return { root, model, render };
}

/** Run the pending idle callbacks, each with `ms` of idle time (reading it costs 0.6 ms). */
function runIdle(ms: number) {
  const due = idle;
  idle = [];
  for (const run of due) {
    let left = ms;
    run({ didTimeout: false, timeRemaining: () => (left -= 0.6) });
  }
}

describe('useWarmSearchKeys', () => {
  beforeEach(() => {
    built.length = 0;
    idle = [];
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => {
      idle = [];
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('builds every card’s key once, in idle time only, going on in the next idle period', () => {
    const cards = Array.from({ length: 600 }, () => card());
    const { root, model } = mount(cards);
    expect(built).toEqual([]); // nothing in the render or its effects
    runIdle(1); // hardly any time: one chunk built, asked again
    expect(built.length).toBeGreaterThan(0);
    expect(built.length).toBeLessThan(cards.length);
    expect(model.searchIndex).toBeNull(); // not before every card is in
    expect(idle).toHaveLength(1);
    runIdle(50);
    expect(built).toEqual(cards.map((c) => c.id));
    expect(idle).toEqual([]); // done: not asked again
    expect(model.searchIndex?.missing(cards, Infinity)).toBe(0);
    act(() => root.unmount());
  });

  it('keeps the index through moves and edits, and builds it again once it lacks too many cards', () => {
    const cards = Array.from({ length: 600 }, () => card());
    const { root, model, render } = mount(cards);
    runIdle(50);
    const index = model.searchIndex;
    expect(index).not.toBeNull();
    built.length = 0;
    // A drop: the moved card is a new object, in a new board array.
    const moved = cards.map((c, i) => (i === 7 ? { ...c, stageId: 'elsewhere' } : c));
    render(moved);
    runIdle(50);
    expect(built).toEqual([]);
    expect(model.searchIndex).toBe(index);
    expect(idle).toEqual([]);
    // A board whose cards are mostly new objects (reloaded): the index is built again.
    const reloaded = [...cards.slice(0, 50), ...Array.from({ length: STALE_CARDS + 1 }, () => card())];
    render(reloaded);
    runIdle(50);
    expect(model.searchIndex).not.toBe(index);
    expect(model.searchIndex?.missing(reloaded, Infinity)).toBe(0);
    act(() => root.unmount());
  });

  it('builds only the search keys, no index, on a board of more than LARGE_BOARD cards', () => {
    const base = card();
    const cards = Array.from({ length: LARGE_BOARD + 1 }, (_, i) => ({ ...base, id: `big-${i}` }));
    const { root, model } = mount(cards);
    for (let i = 0; i < 1_000 && idle.length > 0; i++) runIdle(1_000);
    expect(built).toHaveLength(cards.length);
    expect(model.searchIndex).toBeNull();
    act(() => root.unmount());
  });

  it('builds nothing for a board that is not live', () => {
    mount([card(), card()], false);
    runIdle(50);
    expect(built).toEqual([]);
  });
});
