/**
 * A search on a board too large to filter in the keystroke's render: each column's first matches
 * at once (or, when they cannot be found within the budget, what the columns showed), the whole
 * result when the sliced pass is done, never a long task in the render, and only the latest
 * query's whole result is ever shown.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardCard } from '../../../../shared/rpc/views';
import { BoardColumns, type ColumnModel, type SortedColumn } from './boardColumns';
import { matchesFilters, NO_FILTERS, type BoardFilters } from './filterCards';
import { card, NOW, pipeline } from './testing/cards';
import { COLUMNS_PER_FRAME } from './columnsInFrames';
import { BoardColumn } from './BoardColumn';
import { FILTER_AT_ONCE, LARGE_BOARD, useFilteredColumns } from './useFilteredColumns';
import { rowsDrawnFromTop } from './useFixedRows';
import { CARD_ROW_HEIGHT } from './cardRow';

const DOLLARS = { home: 'USD', rates: {} };
const WORDS = ['north', 'wind', 'pilot', 'harbor', 'crane'];
const stageIds = pipeline.stages.map((s) => s.id);

function deals(n: number, stages = 3): BoardCard[] {
  return Array.from({ length: n }, (_, i) =>
    card({ title: `${WORDS[i % 5]} ${WORDS[((i * 3) % 7) % 5]} ${i}`, stageId: stageIds[i % stages]! }),
  );
}

/** Every render's answer: the query the columns show and their cards' ids. */
let seen: { query: string; ids: string[][]; partial: boolean[] }[] = [];

function Probe(props: { model: BoardColumns; sorted: readonly SortedColumn[]; filters: BoardFilters }) {
  const shown = useFilteredColumns(props.model, props.sorted, props.filters, pipeline, DOLLARS);
  seen.push({
    query: shown.filters.text,
    ids: ids(shown.columns),
    partial: shown.columns.map((c) => !!c.partial),
  });
  return null;
}

/** The board's columns as drawn (headers and lists) for the hook's answer. */
function Columns(props: { model: BoardColumns; sorted: readonly SortedColumn[]; filters: BoardFilters }) {
  const shown = useFilteredColumns(props.model, props.sorted, props.filters, pipeline, DOLLARS);
  return shown.columns.map((c) => (
    <BoardColumn key={c.stage.id} stage={c.stage} views={c.shown} stats={c.stats} partial={c.partial} />
  ));
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
  const render = (filters: BoardFilters) =>
    act(() => root.render(<Probe model={model} sorted={sorted} filters={filters} />));
  return {
    model,
    sorted,
    render,
    plainIds: (f: BoardFilters) => plain(f).map((l) => l.map((v) => v.card.id)),
  };
}

const last = () => seen[seen.length - 1]!;

describe('useFilteredColumns on a large board', () => {
  it("a keystroke shows each column's first matches (the rows its list draws) in its own render, marked partial, then the whole result", async () => {
    const b = board();
    b.render(NO_FILTERS);
    const search = { ...NO_FILTERS, text: 'Pilot' };
    const rows = rowsDrawnFromTop(CARD_ROW_HEIGHT, window.innerHeight);
    const whole = b.plainIds(search);
    seen = [];
    b.render(search);
    expect(seen[0]!.query).toBe('Pilot');
    expect(seen[0]!.ids).toEqual(whole.map((ids) => ids.slice(0, rows)));
    expect(seen[0]!.partial).toEqual(whole.map((ids) => ids.length > rows));
    await until(() => last().partial.every((p) => !p));
    expect(last().query).toBe('Pilot');
    expect(last().ids).toEqual(whole);
  });

  it("a column's header says its figures are being counted (busy, greyed, no total) while its first matches show, then gives the final figures", async () => {
    const b = board();
    const search = { ...NO_FILTERS, text: 'harbor' };
    const counts = b.plainIds(search).map((ids) => ids.length);
    const rows = rowsDrawnFromTop(CARD_ROW_HEIGHT, window.innerHeight);
    const draw = () => act(() => root.render(<Columns model={b.model} sorted={b.sorted} filters={search} />));
    const headers = () => [...host.querySelectorAll('.column-header')];
    const count = (h: Element) => h.querySelector('[data-testid="column-count"]')!.textContent;
    draw();
    const pending = headers().filter((_, i) => counts[i]! > rows);
    expect(pending.length).toBeGreaterThan(0);
    for (const header of pending) {
      expect(header.getAttribute('aria-busy')).toBe('true');
      expect(count(header)).toBe(`${rows}+ so far, counting`);
      expect(header.querySelector('[data-testid="column-total"]')).toBeNull();
      expect(header.querySelector('[data-testid="column-counting"]')?.textContent).toBe('Counting…');
    }
    expect(host.querySelectorAll('.cards-more')).toHaveLength(pending.length);
    await until(() => headers().every((h) => h.getAttribute('aria-busy') === null));
    expect(headers().map(count)).toEqual(counts.map(String));
    expect(
      headers().map((h) => h.querySelector('[data-testid="column-total"]')?.getAttribute('data-value')),
    ).toEqual(counts.map((n) => String(n * 1000)));
    expect(host.querySelectorAll('.cards-more')).toHaveLength(0);
  });

  it('a board opened with a narrow search (no head within the budget) shows its cards unfiltered (and says so) until the pass is done, never filtering them all in the render', async () => {
    const cards = deals(FILTER_AT_ONCE + 1_000);
    const b = board(cards);
    // Only the last card matches: finding each column's head would test every card.
    const search = { ...NO_FILTERS, text: cards.at(-1)!.title };
    b.render(search);
    expect(seen[0]!.query).toBe('');
    expect(seen[0]!.ids).toEqual(b.sorted.map((c) => c.sorted.map((v) => v.card.id)));
    await until(() => last().query === search.text);
    expect(last().ids).toEqual(b.plainIds(search));
    expect(last().partial.some((p) => p)).toBe(false);
  });

  it('a newer query cancels the older one: only the latest whole result is ever shown', async () => {
    const b = board();
    b.render(NO_FILTERS);
    const older = { ...NO_FILTERS, text: 'harbor' };
    const newer = { ...NO_FILTERS, text: 'crane' };
    b.render(older);
    b.render(newer);
    await until(() => last().query === 'crane' && !last().partial.some((p) => p));
    expect(last().ids).toEqual(b.plainIds(newer));
    // Give a pass that was not cancelled time to land: it never does.
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(seen.filter((s) => s.query === 'harbor').every((s) => s.partial.some((p) => p))).toBe(true);
    expect(last().query).toBe('crane');
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
