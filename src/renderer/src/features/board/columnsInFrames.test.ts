import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ColumnModel } from './boardColumns';
import type { CardView } from './cardView';
import { cardViews } from './cardView';
import { emptyStats } from './columnStats';
import { TOP_ROWS, towards, type ShownColumns } from './columnsInFrames';
import { NO_FILTERS } from './filterCards';
import { card, NOW, pipeline } from './testing/cards';

const pool = cardViews(
  Array.from({ length: 40 }, () => card()),
  pipeline,
  NOW,
);

const column = (i: number, shown: readonly CardView[]): ColumnModel => ({
  stage: pipeline.stages[i]!,
  sorted: pool,
  shown,
  stats: emptyStats(),
});

/** Each column's cards as indexes into `pool` (a column may be the very object drawn before). */
const columnsOf = fc.array(fc.array(fc.nat(pool.length - 1), { maxLength: 24 }), {
  minLength: pipeline.stages.length,
  maxLength: pipeline.stages.length,
});

const topChanged = (a: ColumnModel, b: ColumnModel) =>
  a.shown.slice(0, TOP_ROWS).some((v, i) => b.shown[i] !== v) ||
  b.shown.slice(0, TOP_ROWS).some((v, i) => a.shown[i] !== v);

describe('towards', () => {
  it('reaches the target in steps of at most perStep columns whose top cards change, each column either drawn or target, the old filters said until the last', () => {
    fc.assert(
      fc.property(
        columnsOf,
        columnsOf,
        fc.array(fc.boolean()),
        fc.integer({ min: 1, max: 3 }),
        (a, b, same, perStep) => {
          const before: ShownColumns = {
            columns: a.map((ids, i) =>
              column(
                i,
                ids.map((j) => pool[j]!),
              ),
            ),
            filters: NO_FILTERS,
          };
          const target: ShownColumns = {
            columns: b.map((ids, i) =>
              same[i]
                ? before.columns[i]!
                : column(
                    i,
                    ids.map((j) => pool[j]!),
                  ),
            ),
            filters: { ...NO_FILTERS, text: 'x' },
          };
          let drawn = before;
          for (let steps = 0; drawn !== target; steps++) {
            const next = towards(drawn, target, perStep);
            const changed = next.columns.filter((c, i) => topChanged(c, drawn.columns[i]!)).length;
            expect(changed).toBeLessThanOrEqual(perStep);
            next.columns.forEach((c, i) => expect([before.columns[i], target.columns[i]]).toContain(c));
            if (next !== target) {
              expect(next.filters).toBe(before.filters);
              // Every step moves on: no frame is spent drawing nothing new.
              expect(next.columns.some((c, i) => c !== drawn.columns[i])).toBe(true);
            }
            expect(steps).toBeLessThan(pipeline.stages.length);
            drawn = next;
          }
        },
      ),
    );
  });

  it('takes anything but a change of filters at once: new data, a drop, another pipeline', () => {
    const drawn: ShownColumns = {
      columns: pipeline.stages.map((_, i) => column(i, [])),
      filters: NO_FILTERS,
    };
    const data = { columns: pipeline.stages.map((_, i) => column(i, pool.slice(i))), filters: NO_FILTERS };
    expect(towards(drawn, data, 1)).toBe(data);
    const fewer = { columns: data.columns.slice(1), filters: { ...NO_FILTERS, text: 'x' } };
    expect(towards(drawn, fewer, 1)).toBe(fewer);
  });
});
