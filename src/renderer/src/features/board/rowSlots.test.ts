import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowSlots } from './rowSlots';

const slotsOf = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));

describe('rowSlots', () => {
  it('keeps the slot of every card still drawn', () => {
    const last = slotsOf(['a', 'b', 'c', 'd']);
    // A drop took 'a' out; the rest moved up a row and 'e' came into view.
    const next = rowSlots(last, ['b', 'c', 'd', 'e']);
    expect([...next]).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['e', 0],
    ]);
  });

  it('hands the slots of cards that left to the cards that came, lowest first, then new ones', () => {
    const last = slotsOf(['a', 'b', 'c']);
    const next = rowSlots(last, ['x', 'b', 'y', 'z', 'w']);
    expect(next.get('b')).toBe(1);
    expect([next.get('x'), next.get('y'), next.get('z'), next.get('w')]).toEqual([0, 2, 3, 4]);
  });

  it('never hands the held card’s slot to another card', () => {
    const last = slotsOf(['a', 'b']);
    const next = rowSlots(last, ['x', 'y'], 'a');
    expect(next.get('x')).toBe(1);
    expect(next.get('y')).toBe(2);
  });

  it('gives every card of the window its own slot, the kept ones unchanged', () => {
    const id = fc.integer({ min: 0, max: 30 }).map(String);
    const window = fc.uniqueArray(id, { maxLength: 16 });
    fc.assert(
      fc.property(window, window, fc.option(id), (before, after, held) => {
        const last = slotsOf(before);
        const next = rowSlots(last, after, held);
        expect([...next.keys()].sort()).toEqual([...after].sort());
        expect(new Set(next.values()).size).toBe(after.length);
        for (const card of after) if (last.has(card)) expect(next.get(card)).toBe(last.get(card));
        if (held !== null && last.has(held) && !after.includes(held))
          expect([...next.values()]).not.toContain(last.get(held));
      }),
    );
  });
});
