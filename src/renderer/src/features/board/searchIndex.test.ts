import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../../shared/rpc/views';
import { matchesNeedle, searchNeedle } from './searchKey';
import { PIECE, scanIndex, SearchIndexBuilder, searchIndexOf, searchRecord } from './searchIndex';
import { card } from './testing/cards';

/** Text from letters that fold in odd ways (final sigma, dotted I, sharp s), spaces and line breaks. */
const text = fc
  .array(fc.constantFrom('a', 'B', 'n', 'N', 'o', 'Σ', 'σ', 'İ', 'i', 'ß', ' ', '\n', '@', '.', 'é', 'É'), {
    maxLength: 8,
  })
  .map((chars) => chars.join(''));

const cardFields = fc.record({ title: text, contactName: text, companyName: text, contactEmail: text });

const indexed = (cards: readonly BoardCard[]) => {
  const list = cards.map((c) => ({ card: c }));
  new SearchIndexBuilder(list).step(Infinity);
  return { list, index: searchIndexOf(list)! };
};

describe('the search index', () => {
  it('finds exactly the cards matchesNeedle lets through, each once, in order, within the range asked', () => {
    fc.assert(
      fc.property(
        fc.array(cardFields, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(1, 5, PIECE - 1, PIECE, PIECE + 3, 2 * PIECE + 9),
        text,
        fc.nat(2 * PIECE + 9),
        fc.nat(2 * PIECE + 9),
        (fields, n, typed, a, b) => {
          const needle = searchNeedle(typed);
          fc.pre(needle !== '' && !needle.includes('\n'));
          const { list, index } = indexed(
            Array.from({ length: n }, (_, i) => card(fields[i % fields.length])),
          );
          const from = Math.min(a, b, list.length);
          const to = Math.min(Math.max(a, b), list.length);
          const found: number[] = [];
          scanIndex(index, needle, from, to, (i) => found.push(i));
          const expected = list.flatMap((v, i) =>
            i >= from && i < to && matchesNeedle(v.card, needle) ? [i] : [],
          );
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('built a piece at a time, is the index built at once, and only then is it there', () => {
    fc.assert(
      fc.property(
        fc.array(cardFields, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 3 * PIECE + 7 }),
        fc.integer({ min: 1, max: 3 }),
        (fields, n, pieces) => {
          const cards = Array.from({ length: n }, (_, i) => card(fields[i % fields.length]));
          const list = cards.map((c) => ({ card: c }));
          const builder = new SearchIndexBuilder(list);
          let steps = 0;
          while (!builder.step(pieces)) {
            steps += 1;
            expect(searchIndexOf(list)).toBeUndefined();
          }
          expect(steps).toBe(Math.ceil(n / (PIECE * pieces)) - 1);
          const whole = indexed(cards).index;
          expect(searchIndexOf(list)).toEqual(whole);
          // Every card's part, from its start to the next one's (or its piece's end), is its record.
          cards.forEach((c, i) => {
            const piece = whole.pieces[Math.floor(i / PIECE)]!;
            const end = (i + 1) % PIECE === 0 || i + 1 === n ? piece.length : whole.starts[i + 1]!;
            expect(piece.slice(whole.starts[i]!, end)).toBe(searchRecord(c));
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('belongs to its list only: another list of the same cards has none', () => {
    const cards = [card({ title: 'Northwind' }), card({ title: 'Globex' })];
    const { list } = indexed(cards);
    expect(searchIndexOf(list)?.size).toBe(2);
    expect(searchIndexOf([...list])).toBeUndefined();
  });
});
