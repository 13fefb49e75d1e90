import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MADE, MOVED, rowSlots } from './rowSlots';

const slotsOf = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));

/**
 * The rows React moves drawing `next` (in its order) after `last` (in the DOM's order): keyed
 * children are matched by key, and a kept row lying above one already placed is moved (React's
 * `lastPlacedIndex`); a new key is inserted, not moved.
 */
function movedRows(last: ReadonlyMap<string, number>, next: ReadonlyMap<string, number>): number {
  const place = new Map([...last.values()].map((slot, i) => [slot, i]));
  let placed = -1;
  let moved = 0;
  for (const slot of next.values()) {
    const at = place.get(slot);
    if (at === undefined) continue;
    if (at < placed) moved++;
    else placed = at;
  }
  return moved;
}

const letters = (from: string, to: string) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  );

describe('rowSlots', () => {
  it('keeps the slot of every card still drawn, in the order drawn', () => {
    const last = slotsOf(['a', 'b', 'c', 'd']);
    // A drop took 'a' out; the rest moved up a row and 'e' came into view below them: a new row
    // (a's row, above them in the DOM, would be moved to the bottom).
    const next = rowSlots(last, ['b', 'c', 'd', 'e']);
    expect([...next]).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['e', 4],
    ]);
  });

  it('a card dropped into the middle of a column gets a new row: no row below it is moved', () => {
    const before = letters('a', 'n');
    const last = slotsOf(before);
    // 'x' sorts in at the sixth row; 'n' leaves the window at the bottom.
    const after = [...before.slice(0, 5), 'x', ...before.slice(5, 13)];
    const next = rowSlots(last, after);
    expect(movedRows(last, next)).toBe(0);
    expect(next.get('x')).toBe(14);
  });

  it('hands the slots of cards that left to the cards that came, in the rows’ order, then new ones', () => {
    const last = slotsOf(['a', 'b', 'c']);
    const next = rowSlots(last, ['x', 'b', 'y', 'z', 'w']);
    expect(next.get('b')).toBe(1);
    expect([next.get('x'), next.get('y'), next.get('z'), next.get('w')]).toEqual([0, 2, 3, 4]);
  });

  it('moves a kept card’s row rather than make many rows anew', () => {
    const last = slotsOf(letters('a', 'j'));
    // A keystroke: 'b' is still shown but eighth; seven new cards above it, two below.
    const next = rowSlots(last, ['p', 'q', 'r', 's', 't', 'u', 'v', 'b', 'w', 'x']);
    expect(movedRows(last, next)).toBe(1);
    expect([...next.values()].filter((slot) => slot >= 10)).toEqual([]);
  });

  it('never hands the held card’s slot to another card', () => {
    const last = slotsOf(['a', 'b']);
    const next = rowSlots(last, ['x', 'y'], 'a');
    expect(next.get('x')).toBe(1);
    expect(next.get('y')).toBe(2);
  });

  const id = fc.integer({ min: 0, max: 30 }).map(String);
  const window = fc.uniqueArray(id, { maxLength: 16 });

  it('gives every card of the window its own slot, the kept ones unchanged', () => {
    fc.assert(
      fc.property(window, window, fc.option(id), (before, after, held) => {
        const last = slotsOf(before);
        const next = rowSlots(last, after, held);
        expect([...next.keys()]).toEqual(after);
        expect(new Set(next.values()).size).toBe(after.length);
        for (const card of after) if (last.has(card)) expect(next.get(card)).toBe(last.get(card));
        if (held !== null && last.has(held) && !after.includes(held))
          expect([...next.values()]).not.toContain(last.get(held));
      }),
    );
  });

  it('costs no more rows made or moved than the slots handed lowest first, or no freed slot reused', () => {
    fc.assert(
      fc.property(window, window, fc.option(id), (before, after, held) => {
        const last = slotsOf(before);
        const changed = (next: ReadonlyMap<string, number>) =>
          MOVED * movedRows(last, next) +
          MADE * [...next.values()].filter((slot) => slot >= before.length).length;
        expect(changed(rowSlots(last, after, held))).toBeLessThanOrEqual(
          Math.min(changed(lowestFirst(last, after, held)), changed(noneReused(last, after))),
        );
      }),
    );
  });

  it('moves no row and reuses every freed row it can when nothing is kept', () => {
    fc.assert(
      fc.property(window, window, (before, drawn) => {
        const after = drawn.map((card) => `n${card}`);
        const last = slotsOf(before);
        const next = rowSlots(last, after);
        expect(movedRows(last, next)).toBe(0);
        const reused = [...next.values()].filter((slot) => slot < before.length).length;
        expect(reused).toBe(Math.min(before.length, after.length));
      }),
    );
  });
});

/** The slots of the cards that left handed to new cards lowest first, wherever they are drawn. */
function lowestFirst(last: ReadonlyMap<string, number>, ids: string[], held: string | null) {
  const freed = [...last].filter(([card]) => !ids.includes(card) && card !== held).map(([, slot]) => slot);
  let top = last.size;
  return new Map(ids.map((card) => [card, last.get(card) ?? freed.shift() ?? top++]));
}

/** Every new card in a new row. */
function noneReused(last: ReadonlyMap<string, number>, ids: string[]) {
  let top = last.size;
  return new Map(ids.map((card) => [card, last.get(card) ?? top++]));
}
