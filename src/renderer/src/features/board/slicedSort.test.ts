import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from '../../../../shared/engine';
import { cardViews } from './cardView';
import { sortCards, type SortKey } from './filterCards';
import { SlicedSort } from './slicedSort';
import { card, NOW, pipeline } from './testing/cards';

describe('SlicedSort', () => {
  it('gives the order sortCards gives, whatever the slice size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.nat(20),
            score: fc.nat(5),
            age: fc.nat(4),
            followUp: fc.option(fc.integer({ min: -3, max: 3 })),
            title: fc.constantFrom('a', 'B', 'b', 'Zed'),
          }),
          { maxLength: 120 },
        ),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom<SortKey>('urgency', 'value', 'score', 'age'),
        (rows, budget, key) => {
          const views = cardViews(
            rows.map((r) =>
              card({
                value: r.value,
                score: r.score,
                title: r.title,
                stageEnteredAt: NOW - r.age * DAY_MS,
                nextFollowUpAt: r.followUp === null ? null : NOW + r.followUp * DAY_MS,
              }),
            ),
            pipeline,
            NOW,
          );
          const sort = new SlicedSort(views, key);
          let steps = 0;
          while (!sort.step(budget)) steps += 1;
          expect(sort.result).toEqual(sortCards(views, key));
          // Bounded: key reading, one step per run, then about n / budget steps per merge level.
          const n = views.length;
          expect(steps).toBeLessThanOrEqual(
            2 + 2 * Math.ceil(n / budget) * (1 + Math.ceil(Math.log2(n + 1))),
          );
        },
      ),
    );
  });
});
