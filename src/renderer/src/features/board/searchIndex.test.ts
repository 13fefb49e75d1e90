import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BoardCard } from '../../../../shared/rpc/views';
import { matchesNeedle, searchNeedle } from './searchKey';
import { SearchIndexBuilder, type BoardSearchIndex } from './searchIndex';
import { card } from './testing/cards';

/** Text from a small alphabet with capitals, accents, the letters whose lower case differs in length or by context (İ, Σ), astral characters and line breaks. */
const PIECES = [
  'a',
  'N',
  'o',
  'R',
  ' ',
  'é',
  'É',
  'İ',
  'i',
  'Σ',
  'σ',
  'ς',
  'ß',
  '😀',
  '\n',
  '@',
  '.',
  'K',
  'k',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

const rows = fc.array(fc.record({ title: text, companyName: text, contactName: text, contactEmail: text }), {
  maxLength: 30,
});

/** A needle as the search box gives it: from the same pieces, or any short string. */
const needles = fc.oneof(text, fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 }));

/** The index of `cards`, `perText` cards a string, built `budget` cards a step, `direct` cards tested before it is searched. */
function indexOf(cards: readonly BoardCard[], budget = Infinity, perText = 4, direct = 0): BoardSearchIndex {
  const builder = new SearchIndexBuilder(cards, perText, direct);
  while (!builder.step(budget));
  return builder.result();
}

describe('BoardSearchIndex', () => {
  it('matches exactly the cards matchesNeedle matches, held or not (moved or edited since), for any text and needle', () => {
    fc.assert(
      fc.property(
        rows,
        rows,
        fc.array(needles, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 9 }),
        fc.nat(40),
        (held, others, typed, perText, direct) => {
          const cards = held.map((r) => card(r));
          const index = indexOf(cards, 7, perText, direct);
          // Cards the index was not built from: new ones, and held ones changed (new objects).
          const unheld = [
            ...others.map((r) => card(r)),
            ...cards.map((c) => ({ ...c, title: `${c.title}Σ` })),
          ];
          // Also pieces of the board's text as the index holds it: across fields, across cards.
          const board = cards
            .map((c) => [c.title, c.contactName, c.companyName, c.contactEmail].join('\n').toLowerCase())
            .join('\n');
          const pieces = Array.from({ length: Math.ceil(board.length / 3) }, (_, k) =>
            board.slice(k * 3, k * 3 + 4),
          );
          for (const raw of [...typed, ...pieces]) {
            const needle = searchNeedle(raw);
            // Its first `direct` tests by `matchesNeedle`, the rest through the index.
            const matches = index.matcher(needle);
            for (const c of [...cards, ...unheld]) expect(matches(c)).toBe(matchesNeedle(c, needle));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a needle inside any one field, in any capitals, never across two fields or two cards', () => {
    const cards = [
      card({
        title: 'Fleet Pilot',
        companyName: 'Harbor AS',
        contactName: 'Ingrid Berg',
        contactEmail: 'Ingrid@Harbor.example',
      }),
      card({ title: 'North', companyName: 'Wind', contactName: '', contactEmail: '' }),
      card({ title: 'İstanbul ΟΔΟΣ', companyName: 'Straße', contactName: '', contactEmail: '' }),
    ];
    const index = indexOf(cards);
    const found = (needle: string) => cards.flatMap((c, i) => (index.matcher(needle)(c) ? [i] : []));
    expect(found('harbor')).toEqual([0]);
    expect(found('ingrid@harbor.example')).toEqual([0]);
    expect(found('pilot\nharbor')).toEqual([]);
    expect(found('northwind')).toEqual([]);
    expect(found('example\nnorth')).toEqual([]);
    expect(found('r')).toEqual([0, 1, 2]);
    // "ΟΔΟΣ" ends its field: a final sigma; "İ" grows to two characters, the cards after it still found.
    expect(found('οδος')).toEqual([2]);
    expect(found('οδοσ')).toEqual([]);
    expect(found(searchNeedle('İSTANBUL'))).toEqual([2]);
    expect(found('stanbul')).toEqual([2]);
    expect(found('straße')).toEqual([2]);
    expect(found('')).toEqual([0, 1, 2]);
  });

  it('holds each card object once, and counts the cards it lacks up to a limit', () => {
    const cards = [card(), card(), card()];
    const index = indexOf([...cards, cards[0]!]);
    expect(index.missing(cards, Infinity)).toBe(0);
    const later = [...cards, card(), card(), card()];
    expect(index.missing(later, Infinity)).toBe(3);
    expect(index.missing(later, 2)).toBe(2);
  });

  it('is built a part at a time', () => {
    const builder = new SearchIndexBuilder([card(), card(), card()]);
    expect(builder.step(2)).toBe(false);
    expect(builder.step(2)).toBe(true);
  });
});
