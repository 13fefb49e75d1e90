/** The live board indexes its columns while the page is idle, a bounded part at a time, each list once. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { heldIdleCallbacks } from '../../testing/heldIdle';
import type { SortedColumn } from './boardColumns';
import { cardViews } from './cardView';
import { card, NOW, pipeline } from './testing/cards';
import { useWarmSearchIndex } from './useWarmSearchIndex';
import { searchIndexOf } from './searchIndex';
import { listenForInput, QUIET_MS } from '../../ui/whenIdle';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Card ids whose text was put in an index, in order (each card's title is read once for it). */
const indexed: string[] = [];

/** A card that notes each read of its title. */
function watchedCard() {
  const c = card();
  const { title } = c;
  Object.defineProperty(c, 'title', {
    get: () => {
      indexed.push(c.id);
      return title;
    },
  });
  return c;
}

function Warm({ columns, enabled }: { columns: readonly SortedColumn[]; enabled: boolean }) {
  useWarmSearchIndex(columns, enabled);
  return null;
}

function mount(columns: readonly SortedColumn[], enabled = true) {
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Warm columns={columns} enabled={enabled} />));
  return root;
}

const idle = heldIdleCallbacks();
const runIdle = (ms: number) => idle.run(ms);

const column = (n: number, stage = 0): SortedColumn => ({
  stage: pipeline.stages[stage]!,
  sorted: cardViews(Array.from({ length: n }, watchedCard), pipeline, NOW),
});

describe('useWarmSearchIndex', () => {
  beforeEach(() => {
    indexed.length = 0;
    listenForInput();
  });

  it('indexes every column once, in idle time only, going on in the next idle period', () => {
    const columns = [column(600), column(40, 1)];
    const all = columns.flatMap((c) => c.sorted.map((v) => v.card.id));
    const root = mount(columns);
    expect(indexed).toEqual([]); // nothing in the render or its effects
    runIdle(1); // hardly any time: one part built, asked again
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed.length).toBeLessThan(all.length);
    expect(searchIndexOf(columns[0]!.sorted)).toBeUndefined();
    expect(idle.waiting()).toBe(1);
    runIdle(50);
    expect(indexed).toEqual(all);
    expect(columns.every((c) => searchIndexOf(c.sorted)?.size === c.sorted.length)).toBe(true);
    expect(idle.waiting()).toBe(0); // done: not asked again
    act(() => root.unmount());
  });

  it('after a change, once the rep has paused, indexes only the column whose list is new, going on with one half built', () => {
    const [first, second] = [column(600), column(40, 1)];
    const root = mount([first, second]);
    runIdle(50);
    indexed.length = 0;
    const changed = column(700, 1);
    act(() => root.render(<Warm columns={[first, changed]} enabled />));
    // Not at the first idle moment, as the board's first indexes were: once the rep has paused.
    window.dispatchEvent(new KeyboardEvent('keydown'));
    runIdle(50);
    expect(indexed).toEqual([]);
    vi.advanceTimersByTime(QUIET_MS);
    runIdle(50); // whenIdle's idle moment: it asks for the next
    runIdle(1);
    const before = indexed.length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(700);
    act(() => root.render(<Warm columns={[first, { ...changed }]} enabled />)); // a render meanwhile
    runIdle(50); // the pause, again
    runIdle(50);
    expect(indexed).toEqual(changed.sorted.map((v) => v.card.id)); // each card once, none of the first column
    expect(searchIndexOf(changed.sorted)?.size).toBe(700);
    act(() => root.unmount());
  });

  it('indexes nothing for a board that is not live', () => {
    mount([column(3)], false);
    runIdle(50);
    expect(indexed).toEqual([]);
  });
});
