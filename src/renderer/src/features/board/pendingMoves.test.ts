import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BoardCard } from '../../../../shared/rpc/views';
import type { SortKey } from '../../state/boardFilters';
import { BoardColumns } from './boardColumns';
import { carryStats, columnsWithMoves, movedCard, shownCard } from './pendingMoves';
import { stageStats } from './columnStats';
import { card, NOW, pipeline } from './testing/cards';

const stageIds = pipeline.stages.map((s) => s.id);
const KEYS: SortKey[] = ['urgency', 'value', 'score', 'age'];
const CURRENCIES = { home: 'USD', rates: { EUR: 1.1 } };

function deals(n: number): BoardCard[] {
  return Array.from({ length: n }, (_, i) =>
    card({
      title: `Deal ${(i * 7) % 5}`,
      stageId: stageIds[i % 3]!,
      value: 100 * ((i * 7) % 13),
      score: (i * 11) % 100,
      currency: i % 7 === 0 ? 'EUR' : i % 11 === 0 ? 'NOK' : undefined,
      probability: i % 5 === 0 ? 0.35 : null,
      stageEnteredAt: NOW - ((i * 5) % 4) * 86_400_000,
    }),
  );
}

const idsOf = (columns: readonly { sorted: readonly { card: BoardCard }[] }[]) =>
  columns.map((c) => c.sorted.map((v) => v.card.id));

describe('columnsWithMoves', () => {
  it('shows each dropped card in its new column, where a board with the move saved would, and copies no other column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(stageIds.length - 1)), { maxLength: 4 }),
        fc.constantFrom(...KEYS),
        (n, drops, key) => {
          const cards = deals(n);
          const sorts = Object.fromEntries(stageIds.map((id) => [id, key]));
          const pending: Record<string, string> = {};
          for (const [which, to] of drops) pending[cards[which % n]!.id] = stageIds[to]!;
          const model = new BoardColumns();
          const viewOf = (c: BoardCard) => model.views([c], pipeline, NOW)[0]!;
          const confirmed = model.sorted(model.views(cards, pipeline, NOW), pipeline, sorts);
          const { columns } = columnsWithMoves(confirmed, pending, sorts, viewOf);
          // The same board with the moves saved, derived from scratch.
          const saved = cards.map((c) => shownCard(c, pending));
          const expected = new BoardColumns().sorted(
            new BoardColumns().views(saved, pipeline, NOW),
            pipeline,
            sorts,
          );
          expect(idsOf(columns)).toEqual(idsOf(expected));
          const touched = new Set(
            Object.entries(pending).flatMap(([id, to]) => [cards.find((c) => c.id === id)!.stageId, to]),
          );
          columns.forEach((column, i) => {
            if (!touched.has(column.stage.id)) expect(column).toBe(confirmed[i]);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("carries the figures of a drop's columns from their figures before it, equal to summing them again", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(stageIds.length - 1)), { maxLength: 4 }),
        (n, drops) => {
          const cards = deals(n);
          const pending: Record<string, string> = {};
          for (const [which, to] of drops) pending[cards[which % n]!.id] = stageIds[to]!;
          const model = new BoardColumns();
          const viewOf = (c: BoardCard) => model.views([c], pipeline, NOW)[0]!;
          const confirmed = model.sorted(model.views(cards, pipeline, NOW), pipeline, {});
          confirmed.forEach((c) => model.stats(c.sorted, pipeline, CURRENCIES)); // on screen: summed
          const after = columnsWithMoves(confirmed, pending, {}, viewOf);
          carryStats(model, confirmed, after, pipeline, CURRENCIES);
          after.columns.forEach((column) => {
            const carried = model.knownStats(column.sorted, pipeline, CURRENCIES);
            const summed = stageStats(column.sorted, pipeline, CURRENCIES);
            expect(carried).not.toBeNull(); // none left to sum
            expect(carried!.count).toBe(summed.count);
            expect(carried!.unconverted).toBe(summed.unconverted);
            expect(carried!.total).toBeCloseTo(summed.total, 6);
            expect(carried!.weighted).toBeCloseTo(summed.weighted, 6);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('leaves a column whose figures were never summed to be summed', () => {
    const cards = deals(6);
    const model = new BoardColumns();
    const viewOf = (c: BoardCard) => model.views([c], pipeline, NOW)[0]!;
    const confirmed = model.sorted(model.views(cards, pipeline, NOW), pipeline, {});
    const after = columnsWithMoves(confirmed, { [cards[0]!.id]: stageIds[1]! }, {}, viewOf);
    carryStats(model, confirmed, after, pipeline, CURRENCIES);
    expect(after.columns.map((c) => model.knownStats(c.sorted, pipeline, CURRENCIES))).toEqual(
      after.columns.map(() => null),
    );
  });

  it('gives the columns themselves with no move in flight, and names the moves the store already shows', () => {
    const cards = deals(9);
    const sorts = {};
    const model = new BoardColumns();
    const viewOf = (c: BoardCard) => model.views([c], pipeline, NOW)[0]!;
    const confirmed = model.sorted(model.views(cards, pipeline, NOW), pipeline, sorts);
    expect(columnsWithMoves(confirmed, {}, sorts, viewOf).columns).toBe(confirmed);
    const [a] = cards;
    const landed = columnsWithMoves(confirmed, { [a!.id]: a!.stageId, missing: stageIds[1]! }, sorts, viewOf);
    expect(landed.landed).toEqual([a!.id]);
    expect(landed.columns).toBe(confirmed);
  });

  it('shows a dropped card as one object per card and stage', () => {
    const [a] = deals(1);
    expect(movedCard(a!, stageIds[2]!)).toBe(movedCard(a!, stageIds[2]!));
    expect(movedCard(a!, stageIds[2]!).stageId).toBe(stageIds[2]);
    expect(shownCard(a!, {})).toBe(a);
    expect(shownCard(a!, { [a!.id]: stageIds[2]! })).toBe(movedCard(a!, stageIds[2]!));
  });
});
