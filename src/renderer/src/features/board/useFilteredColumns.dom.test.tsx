/**
 * A search on a board too large to filter in the keystroke's render: the columns keep showing
 * what they showed until the sliced pass is done, never a long task in the render, and only the
 * latest query's result is ever shown.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../../shared/rpc/views';
import { BoardColumns, type ColumnModel, type SortedColumn } from './boardColumns';
import { matchesFilters, NO_FILTERS, type BoardFilters } from './filterCards';
import { card, NOW, pipeline } from './testing/cards';
import { FILTER_AT_ONCE, useFilteredColumns } from './useFilteredColumns';

const DOLLARS = { home: 'USD', rates: {} };
const WORDS = ['north', 'wind', 'pilot', 'harbor', 'crane'];
const stageIds = pipeline.stages.map((s) => s.id);

function deals(n: number): BoardCard[] {
  return Array.from({ length: n }, (_, i) =>
    card({ title: `${WORDS[i % 5]} ${WORDS[((i * 3) % 7) % 5]} ${i}`, stageId: stageIds[i % 3]! }),
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

function board() {
  const model = new BoardColumns();
  const sorted = model.sorted(model.views(deals(FILTER_AT_ONCE + 1_000), pipeline, NOW), pipeline, {});
  const plain = (filters: BoardFilters) => sorted.map((c) => c.sorted.filter(matchesFilters(filters)));
  const render = (filters: BoardFilters) =>
    act(() => root.render(<Probe model={model} sorted={sorted} filters={filters} />));
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
