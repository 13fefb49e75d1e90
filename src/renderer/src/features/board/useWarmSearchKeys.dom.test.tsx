/** The live board builds its search keys while the page is idle, once each, a bounded chunk at a time. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardCard } from '../../../../shared/rpc/views';
import { card } from './testing/cards';
import { useWarmSearchKeys } from './useWarmSearchKeys';
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

function Warm({ cards, enabled }: { cards: readonly BoardCard[]; enabled: boolean }) {
  useWarmSearchKeys(cards, enabled);
  return null;
}

function mount(cards: readonly BoardCard[], enabled = true) {
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Warm cards={cards} enabled={enabled} />));
  return root;
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
    const root = mount(cards);
    expect(built).toEqual([]); // nothing in the render or its effects
    runIdle(1); // hardly any time: one chunk built, asked again
    expect(built.length).toBeGreaterThan(0);
    expect(built.length).toBeLessThan(cards.length);
    expect(idle).toHaveLength(1);
    runIdle(50);
    expect(built).toEqual(cards.map((c) => c.id));
    expect(idle).toEqual([]); // done: not asked again
    act(() => root.unmount());
  });

  it('builds nothing for a board that is not live', () => {
    mount([card(), card()], false);
    runIdle(50);
    expect(built).toEqual([]);
  });
});
