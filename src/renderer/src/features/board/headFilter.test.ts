import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardViews } from './cardView';
import { matchesFilters, NO_FILTERS, type BoardFilters } from './filterCards';
import { allComplete, filterHeads } from './headFilter';
import { SlicedFilter, type FilterJob } from './slicedFilter';
import { card, NOW, pipeline } from './testing/cards';

const TITLES = ['Northwind pilot', 'Acme renewal', 'Globex', 'north star', 'Pilot light'];

const column = fc
  .array(
    fc.record({
      title: fc.constantFrom(...TITLES),
      score: fc.nat(100),
      source: fc.constantFrom('event', 'trial' as const),
    }),
    {
      maxLength: 40,
    },
  )
  .map((rows) =>
    cardViews(
      rows.map((r) => card(r)),
      pipeline,
      NOW,
    ),
  );

const filters: fc.Arbitrary<BoardFilters> = fc
  .record({
    text: fc.constantFrom('', 'n', 'north', 'pilot', 'x', ' Acme '),
    source: fc.constantFrom('', 'event', 'trial' as const),
    scoreMin: fc.nat(60),
    scoreMax: fc.integer({ min: 40, max: 100 }),
    staleOnly: fc.constant(false),
    noNextStep: fc.boolean(),
  })
  .map((f) => ({ ...NO_FILTERS, ...f }));

describe('filterHeads', () => {
  it("finds each column's first rows of the whole result, complete only when that is all of it", () => {
    fc.assert(
      fc.property(
        fc.array(column, { maxLength: 5 }),
        filters,
        fc.integer({ min: 1, max: 12 }),
        (columns, f, rows) => {
          const jobs: FilterJob[] = columns.map((candidates, i) => ({ stageId: `s${i}`, candidates }));
          const matches = matchesFilters(f);
          const whole = new SlicedFilter(jobs, matches);
          whole.step(Infinity);
          const heads = filterHeads(jobs, matches, rows, Infinity)!;
          for (const job of jobs) {
            const all = whole.result.get(job.stageId) ?? [];
            const head = heads.get(job.stageId)!;
            expect(head.cards).toEqual(all.slice(0, rows));
            if (head.complete) expect(head.cards).toEqual(all);
            // Incomplete only when the rows were found before the column's end.
            else expect(head.cards.length).toBe(rows);
          }
          if (allComplete(heads))
            for (const job of jobs)
              expect(heads.get(job.stageId)!.cards).toEqual(whole.result.get(job.stageId) ?? []);
        },
      ),
    );
  });

  it('tests no more cards than its budget, and gives up (null) when the heads need more', () => {
    fc.assert(
      fc.property(fc.array(column, { maxLength: 5 }), filters, fc.nat(60), (columns, f, budget) => {
        const jobs: FilterJob[] = columns.map((candidates, i) => ({ stageId: `s${i}`, candidates }));
        const matches = matchesFilters(f);
        let tested = 0;
        const heads = filterHeads(jobs, (v) => (tested++, matches(v)), 5, budget);
        expect(tested).toBeLessThanOrEqual(budget);
        const needed = filterHeads(jobs, matches, 5, Infinity)!;
        const cost = jobs.reduce((n, job) => {
          const head = needed.get(job.stageId)!;
          const last = head.cards.at(-1);
          return n + (head.complete ? job.candidates.length : job.candidates.indexOf(last!) + 1);
        }, 0);
        expect(heads === null).toBe(cost > budget);
      }),
    );
  });
});
