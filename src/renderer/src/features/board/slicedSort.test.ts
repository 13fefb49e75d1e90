import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortCards, type SortKey } from './filterCards';
import { SlicedSort } from './slicedSort';
import { sortableCards } from './testing/cards';

describe('SlicedSort', () => {
  it('gives the order sortCards gives, whatever the slice size', () => {
    fc.assert(
      fc.property(
        sortableCards(['a', 'B', 'b', 'Zed'], 120),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom<SortKey>('urgency', 'value', 'score', 'age'),
        (views, budget, key) => {
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
