/**
 * A search on a board too large to filter in the keystroke's render: the columns keep showing
 * what they showed until the sliced pass is done, never a long task in the render, and only the
 * latest query's result is ever shown.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardCard } from '../../../../shared/rpc/views';
import { BoardColumns, type ColumnModel, type SortedColumn } from './boardColumns';
import { matchesFilters, NO_FILTERS, type BoardFilters } from './filterCards';
import { card, NOW, pipeline } from './testing/cards';
import { COLUMNS_PER_FRAME } from './columnsInFrames';
import { FILTER_AT_ONCE, LARGE_BOARD, useFilteredColumns } from './useFilteredColumns';
import { ViewShown } from '../../ui/viewShown';

const DOLLARS = { home: 'USD', rates: {} };
const WORDS = ['north', 'wind', 'pilot', 'harbor', 'crane'];
const stageIds = pipeline.stages.map((s) => s.id);

function deals(n: number, stages = 3): BoardCard[] {
  return Array.from({ length: n }, (_, i) =>
    card({ title: `${WORDS[i % 5]} ${WORDS[((i * 3) % 7) % 5]} ${i}`, stageId: stageIds[i % stages]! }),
  );
}

/** Every render's answer: the query the columns show and their cards' ids. */
let seen: { query: string; ids: string[][] }[] = [];

function Probe(props: { model: BoardColumns; sorted: readonly SortedColumn[]; filters: BoardFilters }) {
  const shown = useFilteredColumns(props.model, props.sorted, props.filters, pipeline, DOLLARS);
  seen.push({ query: shown.filters.text, ids: ids(shown.columns) });
  return null;
}

const ids = (columns: readonly ColumnModel[]) => columns.map((c) => c.shown.map((v) => v.card.id));

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  seen = [];
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function until(done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(done()).toBe(true);
}

function board(cards = deals(FILTER_AT_ONCE + 1_000)) {
  const model = new BoardColumns();
  const sorted = model.sorted(model.views(cards, pipeline, NOW), pipeline, {});
  const plain = (filters: BoardFilters) => sorted.map((c) => c.sorted.filter(matchesFilters(filters)));
  const render = (filters: BoardFilters, shown = true) =>
    act(() =>
      root.render(
        <ViewShown.Provider value={shown}>
          <Probe model={model} sorted={sorted} filters={filters} />
        </ViewShown.Provider>,
      ),
    );
  return { sorted, render, plainIds: (f: BoardFilters) => plain(f).map((l) => l.map((v) => v.card.id)) };
}

const last = () => seen[seen.length - 1]!;

describe('useFilteredColumns on a large board', () => {
  it('a board opened with a search already typed shows its cards unfiltered (and says so) until the pass is done, never filtering them all in the render', async () => {
    const b = board();
    const search = { ...NO_FILTERS, text: 'Pilot' };
    b.render(search);
    expect(seen[0]!.query).toBe('');
    expect(seen[0]!.ids).toEqual(b.sorted.map((c) => c.sorted.map((v) => v.card.id)));
    await until(() => last().query === 'Pilot');
    expect(last().ids).toEqual(b.plainIds(search));
  });

  it('a newer query cancels the older one: only the latest result is ever shown', async () => {
    const b = board();
    b.render(NO_FILTERS);
    const older = { ...NO_FILTERS, text: 'harbor' };
    const newer = { ...NO_FILTERS, text: 'crane' };
    b.render(older);
    b.render(newer);
    await until(() => last().query === 'crane');
    expect(last().ids).toEqual(b.plainIds(newer));
    // Give a pass that was not cancelled time to land: it never does.
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(seen.map((s) => s.query)).not.toContain('harbor');
    expect(last().query).toBe('crane');
  });
});

describe('useFilteredColumns on a large board kept hidden behind another view', () => {
  it('runs no pass while hidden (the columns last shown stay), and runs it once the board is on screen', async () => {
    const b = board();
    b.render(NO_FILTERS);
    await until(() => last().ids.length > 0);
    const before = last().ids;
    const search = { ...NO_FILTERS, text: 'harbor' };
    b.render(search, false);
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(last().query).toBe('');
    expect(last().ids).toEqual(before);
    b.render(search, true);
    await until(() => last().query === 'harbor');
    expect(last().ids).toEqual(b.plainIds(search));
  });
});

describe('useFilteredColumns on a board of over LARGE_BOARD cards', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("draws a result that changes every column's top cards a few columns per frame, saying the last query until the last column is in", async () => {
    const b = board(deals(LARGE_BOARD + 1_000, stageIds.length));
    b.render(NO_FILTERS);
    const all = b.plainIds(NO_FILTERS);
    const search = { ...NO_FILTERS, text: 'harbor' };
    const result = b.plainIds(search);
    b.render(search);
    // The sliced pass lands; then one frame at a time.
    await until(() => last().ids.some((ids, i) => ids !== all[i] && ids.join() === result[i]!.join()));
    const steps = [last()];
    for (let frame = 0; frame < stageIds.length && last().query !== 'harbor'; frame++) {
      await act(async () => {
        frames.splice(0).forEach((run) => run(0));
        await new Promise((r) => setTimeout(r, 5));
      });
      steps.push(last());
    }
    expect(last().query).toBe('harbor');
    expect(last().ids).toEqual(result);
    // Never more than COLUMNS_PER_FRAME columns' new cards in one render, and the query said only with the last.
    let drawn = all;
    for (const step of steps) {
      const changed = step.ids.filter((ids, i) => ids.join() !== drawn[i]!.join()).length;
      expect(changed).toBeLessThanOrEqual(COLUMNS_PER_FRAME);
      if (step !== last()) expect(step.query).toBe('');
      drawn = step.ids;
    }
    expect(steps.length).toBeGreaterThanOrEqual(Math.ceil(stageIds.length / COLUMNS_PER_FRAME));
  });
});
