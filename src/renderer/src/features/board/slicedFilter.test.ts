import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BoardFilters } from '../../state/boardFilters';
import { cardViews, type CardView } from './cardView';
import { cardTest, matchesFilters } from './filterCards';
import { SearchIndexBuilder } from './searchIndex';
import { filterInSlices, SlicedFilter, type FilterJob } from './slicedFilter';
import { card, NOW, pipeline } from './testing/cards';

const views = (n: number, from = 0) =>
  cardViews(
    Array.from({ length: n }, (_, i) => card({ score: (from + i) % 100 })),
    pipeline,
    NOW,
  );
const even = (v: CardView) => v.card.score % 2 === 0;

describe('SlicedFilter', () => {
  it('tests no more than its budget per step, ends with what one pass gives, and tells each card that passed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(40), { maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (sizes, budget) => {
          const jobs: FilterJob[] = sizes.map((n, i) => ({ stageId: `s${i}`, candidates: views(n, i) }));
          let tested = 0;
          const tallied = new Map<string, CardView[]>();
          const tally = (id: string, v: CardView) => tallied.set(id, [...(tallied.get(id) ?? []), v]);
          const filter = new SlicedFilter(jobs, { matches: (v) => (tested++, even(v)) }, tally);
          let steps = 0;
          for (let before = 0; !filter.step(budget); before = tested) {
            expect(tested - before).toBeLessThanOrEqual(budget);
            steps++;
            expect(steps).toBeLessThanOrEqual(sizes.reduce((a, b) => a + b, 0) + 1);
          }
          expect(tested).toBe(sizes.reduce((a, b) => a + b, 0));
          for (const job of jobs) {
            expect(filter.result.get(job.stageId) ?? []).toEqual(job.candidates.filter(even));
            // Told of exactly the cards that passed, in order: the column's figures are summed from them.
            expect(tallied.get(job.stageId) ?? []).toEqual(job.candidates.filter(even));
          }
        },
      ),
    );
  });
});

describe('SlicedFilter over lists with a search index', () => {
  const word = fc.constantFrom('North', 'wind', 'Pilot', 'Globex', 'no', 'ORTH', '', 'Σίσυφος');
  const cardsOf = fc.array(
    fc.record({
      title: fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')),
      companyName: word,
      contactName: word,
      contactEmail: word.map((w) => (w ? `${w}@example.com` : '')),
      score: fc.nat(100),
      source: fc.constantFrom('event' as const, 'campaign' as const),
    }),
    { maxLength: 25 },
  );
  const filtersOf = fc.record<BoardFilters>({
    text: fc.constantFrom('n', 'NO', 'orth', 'north wind', ' pilot ', 'zz', 'σ', 'x\ny'),
    source: fc.constantFrom('' as const, 'event' as const),
    scoreMin: fc.constantFrom(0, 30),
    scoreMax: fc.constantFrom(100, 80),
    staleOnly: fc.boolean(),
    noNextStep: fc.boolean(),
  });

  it('lets through exactly the cards a card-by-card test does, in order, sliced or at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cardsOf, fc.boolean()), { maxLength: 4 }),
        filtersOf,
        fc.integer({ min: 1, max: 30 }),
        (columns, filters, budget) => {
          const jobs: FilterJob[] = columns.map(([fields, withIndex], i) => {
            const candidates = cardViews(
              fields.map((f) => card(f)),
              pipeline,
              NOW,
            );
            if (withIndex) new SearchIndexBuilder(candidates).step(Infinity);
            return { stageId: `s${i}`, candidates };
          });
          const tallied = new Map<string, CardView[]>();
          const filter = new SlicedFilter(jobs, cardTest(filters), (id, v) =>
            tallied.set(id, [...(tallied.get(id) ?? []), v]),
          );
          while (!filter.step(budget));
          const once = new SlicedFilter(jobs, cardTest(filters));
          expect(once.step(Infinity)).toBe(true);
          for (const job of jobs) {
            const expected = job.candidates.filter(matchesFilters(filters));
            expect(filter.result.get(job.stageId) ?? []).toEqual(expected);
            expect(tallied.get(job.stageId) ?? []).toEqual(expected);
            expect(once.result.get(job.stageId) ?? []).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('filterInSlices', () => {
  it('hands over the whole result once the last slice is done', async () => {
    const jobs = [
      { stageId: 'a', candidates: views(25) },
      { stageId: 'b', candidates: views(7) },
    ];
    const shown = await new Promise<ReadonlyMap<string, readonly CardView[]>>((resolve) =>
      filterInSlices(new SlicedFilter(jobs, { matches: even }), 4, resolve),
    );
    expect(shown.get('a')).toEqual(jobs[0]!.candidates.filter(even));
    expect(shown.get('b')).toEqual(jobs[1]!.candidates.filter(even));
  });

  it('at a large size, each task stops once its time budget is spent, and the result equals one pass', async () => {
    const jobs = [
      { stageId: 'a', candidates: views(30_000) },
      { stageId: 'b', candidates: views(12_000, 7) },
    ];
    let now = 0;
    let tested = 0;
    let inTask = false;
    const perTask: number[] = [];
    const matches = (v: CardView) => {
      if (!inTask) {
        inTask = true;
        perTask.push(0);
        queueMicrotask(() => (inTask = false));
      }
      perTask[perTask.length - 1]! += 1;
      tested += 1;
      now += 0.01; // 10 µs a card on the fake clock: 6 ms is 600 cards
      return even(v);
    };
    const shown = await new Promise<ReadonlyMap<string, readonly CardView[]>>((resolve) =>
      filterInSlices(new SlicedFilter(jobs, { matches }), 100, resolve, { budgetMs: 6, clock: () => now }),
    );
    expect(tested).toBe(42_000);
    expect(shown.get('a')).toEqual(jobs[0]!.candidates.filter(even));
    expect(shown.get('b')).toEqual(jobs[1]!.candidates.filter(even));
    // No task tests more than its budget's worth (plus the chunk that crossed it).
    expect(Math.max(...perTask)).toBeLessThanOrEqual(700);
    expect(perTask.length).toBeGreaterThanOrEqual(60);
  });

  it('a cancelled pass never hands anything over: only the latest keystroke is shown', async () => {
    const seen: string[] = [];
    const older = filterInSlices(
      new SlicedFilter([{ stageId: 'a', candidates: views(30) }], { matches: even }),
      3,
      () => seen.push('older'),
    );
    older();
    await new Promise<void>((resolve) =>
      filterInSlices(
        new SlicedFilter([{ stageId: 'a', candidates: views(30) }], { matches: even }),
        3,
        () => {
          seen.push('newer');
          resolve();
        },
      ),
    );
    expect(seen).toEqual(['newer']);
  });
});
