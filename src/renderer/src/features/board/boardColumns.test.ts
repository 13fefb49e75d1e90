import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BoardCard } from '../../../../shared/rpc/views';
import { BoardColumns, type ColumnModel } from './boardColumns';
import { cardViews } from './cardView';
import { columnStats } from './columnStats';
import {
  groupByStage,
  matchesFilters,
  NO_FILTERS,
  sortCards,
  type BoardFilters,
  type SortKey,
} from './filterCards';
import { SlicedSort } from './slicedSort';
import { SearchIndexBuilder, searchIndexOf } from './searchIndex';
import { card, NOW, pipeline } from './testing/cards';

const DOLLARS = { home: 'USD', rates: { EUR: 1.1 } };
const stageIds = pipeline.stages.map((s) => s.id);
const WORDS = ['north', 'wind', 'pilot', 'harbor', 'crane'];

function deals(n: number): BoardCard[] {
  return Array.from({ length: n }, (_, i) =>
    card({
      title: `${WORDS[i % 5]} ${WORDS[(i * 3) % 5]} ${i}`,
      stageId: stageIds[i % 4]!,
      value: 100 * ((i * 7) % 13),
      score: (i * 11) % 100,
      currency: i % 9 === 0 ? 'EUR' : undefined,
    }),
  );
}

/** The columns computed from scratch, the plain way. */
function fromScratch(cards: readonly BoardCard[], sorts: Record<string, SortKey>, filters: BoardFilters) {
  const groups = groupByStage(cardViews(cards, pipeline, NOW), stageIds);
  const shown = pipeline.stages.map((s) =>
    sortCards(groups.get(s.id)!, sorts[s.id] ?? 'urgency').filter(matchesFilters(filters)),
  );
  const stats = columnStats(
    shown.flatMap((list) => list.map((v) => v.card)),
    pipeline,
    DOLLARS,
  );
  return pipeline.stages.map((s, i) => ({
    ids: shown[i]!.map((v) => v.card.id),
    stats: stats.get(s.id),
  }));
}

const plain = (columns: ColumnModel[]) =>
  columns.map((c) => ({ ids: c.shown.map((v) => v.card.id), stats: c.stats }));

/** `indexed`: the columns' search indexes built first (as the page does when idle). */
function derive(
  model: BoardColumns,
  cards: readonly BoardCard[],
  sorts: Record<string, SortKey>,
  filters: BoardFilters,
  indexed = false,
) {
  const sorted = model.sorted(model.views(cards, pipeline, NOW), pipeline, sorts);
  if (indexed) sorted.forEach((c) => new SearchIndexBuilder(c.sorted).step(Infinity));
  return model.filtered(sorted, filters, pipeline, DOLLARS);
}

type Step =
  | { kind: 'move'; index: number; stage: number }
  | { kind: 'edit'; index: number; score: number }
  | { kind: 'remove'; index: number }
  | { kind: 'type'; text: string }
  | { kind: 'stale'; on: boolean }
  | { kind: 'sort'; stage: number; key: SortKey }
  | { kind: 'index' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), index: fc.nat(), stage: fc.nat(5) }),
  fc.record({ kind: fc.constant('edit' as const), index: fc.nat(), score: fc.nat(100) }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('type' as const),
    text: fc.constantFrom('', 'n', 'no', 'nor', 'north', 'wind 1', 'pi'),
  }),
  fc.record({ kind: fc.constant('stale' as const), on: fc.boolean() }),
  fc.record({
    kind: fc.constant('sort' as const),
    stage: fc.nat(3),
    key: fc.constantFrom<SortKey>('urgency', 'value', 'score', 'age'),
  }),
  fc.constant({ kind: 'index' as const }),
);

describe('BoardColumns', () => {
  it('after any sequence of moves, edits, keystrokes and sorts, equals the columns computed from scratch', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const model = new BoardColumns();
        let cards = deals(60);
        let sorts: Record<string, SortKey> = {};
        let filters: BoardFilters = NO_FILTERS;
        derive(model, cards, sorts, filters);
        for (const s of steps) {
          const i = cards.length === 0 ? 0 : 'index' in s ? s.index % cards.length : 0;
          if (s.kind === 'move' && cards[i])
            cards = cards.map((c, j) => (j === i ? { ...c, stageId: stageIds[s.stage]! } : c));
          if (s.kind === 'edit' && cards[i])
            cards = cards.map((c, j) => (j === i ? { ...c, score: s.score } : c));
          if (s.kind === 'remove') cards = cards.filter((_, j) => j !== i);
          if (s.kind === 'type') filters = { ...filters, text: s.text };
          if (s.kind === 'stale') filters = { ...filters, staleOnly: s.on };
          if (s.kind === 'sort') sorts = { ...sorts, [stageIds[s.stage]!]: s.key };
          const indexed = s.kind === 'index';
          expect(plain(derive(model, cards, sorts, filters, indexed))).toEqual(
            fromScratch(cards, sorts, filters),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a keystroke gives the same column object to every column it does not change', () => {
    const model = new BoardColumns();
    const cards = deals(40);
    const before = derive(model, cards, {}, { ...NO_FILTERS, text: 'wind' });
    const after = derive(model, cards, {}, { ...NO_FILTERS, text: 'wind 3' });
    const changed = after.filter((c, i) => c !== before[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const [i, column] of after.entries()) {
      if (column === before[i]) continue;
      expect(column.shown.map((v) => v.card.id)).not.toEqual(before[i]!.shown.map((v) => v.card.id));
    }
    // The stages with no card at all are the same objects, and so are their card lists.
    expect(after[5]).toBe(before[5]);
  });

  it('a keystroke that lets the same cards through (a space after a word, other capitals) tests no card and keeps every column', () => {
    const model = new BoardColumns();
    const cards = deals(40);
    const sorted = model.sorted(model.views(cards, pipeline, NOW), pipeline, {});
    const word = { ...NO_FILTERS, text: 'wind' };
    const before = model.filtered(sorted, word, pipeline, DOLLARS);
    for (const same of [
      { ...word, text: 'wind ' },
      { ...word, text: ' Wind' },
    ]) {
      expect(model.filterJobs(sorted, same)).toEqual([]);
      const after = model.filtered(sorted, same, pipeline, DOLLARS);
      after.forEach((column, i) => expect(column).toBe(before[i]));
    }
    // One more letter still tests the cards the last search let through.
    const jobs = model.filterJobs(sorted, { ...word, text: 'wind 3' });
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs)
      expect(job.candidates).toBe(before.find((c) => c.stage.id === job.stageId)!.shown);
  });

  it('with a column indexed, one more letter scans the whole column unless the last result is small', () => {
    const model = new BoardColumns();
    const cards = deals(400);
    const sorted = model.sorted(model.views(cards, pipeline, NOW), pipeline, {});
    sorted.forEach((c) => new SearchIndexBuilder(c.sorted).step(Infinity));
    const broad = { ...NO_FILTERS, text: 'n' };
    const before = model.filtered(sorted, broad, pipeline, DOLLARS);
    const jobs = model.filterJobs(sorted, { ...broad, text: 'no' });
    const full = jobs.filter((job) => job.candidates.length > 0);
    expect(full).toHaveLength(4); // the four stages with cards
    for (const job of full) {
      const column = sorted.find((c) => c.stage.id === job.stageId)!;
      expect(before.find((c) => c.stage.id === job.stageId)!.shown.length).toBeGreaterThan(0);
      expect(job.candidates).toBe(column.sorted);
      expect(searchIndexOf(job.candidates)).toBeDefined();
    }
    // A search that let few cards through (2 of 400): the next letter tests those few, card by card.
    const narrow = { ...NO_FILTERS, text: 'wind 33' };
    const few = model.filtered(sorted, narrow, pipeline, DOLLARS);
    expect(few.reduce((n, c) => n + c.shown.length, 0)).toBe(2);
    const next = model.filterJobs(sorted, { ...narrow, text: 'wind 332' });
    expect(next.length).toBeGreaterThan(0);
    for (const job of next) expect(job.candidates).toBe(few.find((c) => c.stage.id === job.stageId)!.shown);
  });

  it('a move changes the two columns involved and no other, and derives one card view', () => {
    const model = new BoardColumns();
    const cards = deals(40);
    const views = model.views(cards, pipeline, NOW);
    const before = model.filtered(model.sorted(views, pipeline, {}), NO_FILTERS, pipeline, DOLLARS);
    const moved = cards.map((c, i) => (i === 0 ? { ...c, stageId: stageIds[1]! } : c));
    const nextViews = model.views(moved, pipeline, NOW);
    expect(nextViews.filter((v, i) => v !== views[i])).toHaveLength(1);
    const after = model.filtered(model.sorted(nextViews, pipeline, {}), NO_FILTERS, pipeline, DOLLARS);
    expect(after.map((c, i) => c !== before[i])).toEqual(stageIds.map((_, i) => i === 0 || i === 1));
    expect(after[1]!.stats.count).toBe(before[1]!.stats.count + 1);
  });
});

describe('BoardColumns warmed ahead', () => {
  it('draws from views and sorts derived ahead in slices what it draws from scratch, and sorts nothing again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom<SortKey>('urgency', 'value', 'score', 'age'),
        (n, slice, key) => {
          const cards = deals(n);
          const sorts = { [stageIds[0]!]: key };
          const model = new BoardColumns();
          for (let from = 0; from < n; from += slice)
            model.warmViews(cards, pipeline, NOW, from, from + slice);
          const jobs = model.toSort(cards, pipeline, NOW, sorts);
          const primed = new Map<string, readonly unknown[]>();
          for (const job of jobs) {
            const sort = new SlicedSort(job.members, job.sortKey);
            while (!sort.step(slice));
            const order = sort.result;
            primed.set(job.stageId, order);
            model.primeSorted(job.stageId, job.members, job.sortKey, order);
          }
          expect(model.missingViews(cards, pipeline, NOW, Infinity)).toBe(0);
          const columns = derive(model, cards, sorts, NO_FILTERS);
          expect(plain(columns)).toEqual(fromScratch(cards, sorts, NO_FILTERS));
          // Every big column took its primed order (the very array), not a sort of its own.
          for (const job of jobs)
            expect(columns.find((c) => c.stage.id === job.stageId)!.sorted).toBe(primed.get(job.stageId));
          expect(model.toSort(cards, pipeline, NOW, sorts)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
