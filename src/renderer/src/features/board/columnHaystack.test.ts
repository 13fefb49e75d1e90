import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardViews, type CardView } from './cardView';
import { hasHaystack, madeFrom, searchCards, searchColumn, warmHaystack } from './columnHaystack';
import { matchesNeedle, searchNeedle } from './searchKey';
import { card, NOW, pipeline } from './testing/cards';

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

const cards = fc.array(fc.record({ title: text, companyName: text, contactName: text, contactEmail: text }), {
  maxLength: 30,
});

/** A needle as the search box gives it: from the same pieces, or any short string. */
const needles = fc.oneof(text, fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 }));

const column = (rows: readonly Partial<Parameters<typeof card>[0]>[]): CardView[] =>
  cardViews(
    rows.map((r) => card(r)),
    pipeline,
    NOW,
  );

describe('searchColumn', () => {
  it('finds exactly the cards matchesNeedle finds, in the column order, for any text and needle', () => {
    fc.assert(
      fc.property(cards, fc.array(needles, { minLength: 1, maxLength: 4 }), (rows, typed) => {
        const views = column(rows);
        for (const raw of typed) {
          const needle = searchNeedle(raw);
          if (needle === '') continue;
          const expected = views.flatMap((v, i) => (matchesNeedle(v.card, needle) ? [i] : []));
          expect(searchColumn(views, needle)).toEqual(expected);
          const some = views.flatMap((_, i) => (i % 3 === 1 ? [i] : []));
          expect(searchCards(views, needle, some)).toEqual(expected.filter((i) => i % 3 === 1));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds a needle inside any one field, in any capitals, never across two fields or two cards', () => {
    const views = column([
      {
        title: 'Fleet Pilot',
        companyName: 'Harbor AS',
        contactName: 'Ingrid Berg',
        contactEmail: 'Ingrid@Harbor.example',
      },
      { title: 'North', companyName: 'Wind', contactName: '', contactEmail: '' },
      { title: 'İstanbul ΟΔΟΣ', companyName: 'Straße', contactName: '', contactEmail: '' },
    ]);
    expect(searchColumn(views, 'harbor')).toEqual([0]);
    expect(searchColumn(views, 'ingrid@harbor.example')).toEqual([0]);
    expect(searchColumn(views, 'pilot\nharbor')).toEqual([]);
    expect(searchColumn(views, 'northwind')).toEqual([]);
    expect(searchColumn(views, 'example\nnorth')).toEqual([]);
    expect(searchColumn(views, 'r')).toEqual([0, 1, 2]);
    // "ΟΔΟΣ" ends its field: a final sigma; "İ" grows to two characters, the cards after it still found.
    expect(searchColumn(views, 'οδος')).toEqual([2]);
    expect(searchColumn(views, 'οδοσ')).toEqual([]);
    expect(searchColumn(views, searchNeedle('İSTANBUL'))).toEqual([2]);
    expect(searchColumn(views, 'stanbul')).toEqual([2]);
    expect(searchColumn([...views, ...views], 'wind')).toEqual([1, 4]);
    expect(searchColumn(views, 'straße')).toEqual([2]);
  });

  it('is built once per column array, ahead of a search when warmed, a part per call while time is short', () => {
    const views = column([{ title: 'A' }, { title: 'B' }]);
    expect(hasHaystack(views)).toBe(false);
    expect(warmHaystack(views, () => true)).toBe(true);
    expect(hasHaystack(views)).toBe(true);
    expect(hasHaystack([...views])).toBe(false);
    expect(searchColumn([], 'a')).toEqual([]);

    const long = column(Array.from({ length: 2_500 }, (_, i) => ({ title: `Deal ${i}` })));
    const parts = [warmHaystack(long, () => false), warmHaystack(long, () => false)];
    expect(parts).toEqual([false, false]);
    expect(hasHaystack(long)).toBe(false);
    expect(warmHaystack(long, () => false)).toBe(true);
    expect(searchColumn(long, 'deal 249')).toEqual([
      249, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499,
    ]);
    // A search finishes a build begun at idle.
    const begun = column(Array.from({ length: 1_500 }, (_, i) => ({ title: `Deal ${i}` })));
    expect(warmHaystack(begun, () => false)).toBe(false);
    expect(searchColumn(begun, 'deal 1499')).toEqual([1499]);
    expect(hasHaystack(begun)).toBe(true);
  });
});

describe('a haystack cut from the column a card or a few left or joined', () => {
  it('finds what a haystack built anew finds, for any cards taken out and put in', () => {
    fc.assert(
      fc.property(
        cards,
        cards,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        fc.array(needles, { minLength: 1, maxLength: 3 }),
        (rows, added, outs, ins, typed) => {
          const base = column(rows);
          warmHaystack(base, () => true);
          const fresh = column(added);
          let next: CardView[] = [...base];
          for (const at of outs) if (next.length > 0) next = next.toSpliced(at % next.length, 1);
          for (const [at, which] of ins)
            if (fresh.length > 0)
              next = next.toSpliced(at % (next.length + 1), 0, fresh[which % fresh.length]!);
          madeFrom(next, base);
          for (const raw of typed) {
            const needle = searchNeedle(raw);
            if (needle === '') continue;
            expect(searchColumn(next, needle)).toEqual(
              next.flatMap((v, i) => (matchesNeedle(v.card, needle) ? [i] : [])),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is cut, not built, when a card left or joined', () => {
    const base = column(Array.from({ length: 3_000 }, (_, i) => ({ title: `Deal ${i}` })));
    warmHaystack(base, () => true);
    const out = base.toSpliced(10, 1);
    madeFrom(out, base);
    // Done in one call with no time at all: not a build of 3,000 cards a chunk at a time.
    expect(warmHaystack(out, () => false)).toBe(true);
    expect(searchColumn(out, 'deal 10')).toEqual(
      out.flatMap((v, k) => (matchesNeedle(v.card, 'deal 10') ? [k] : [])),
    );
    expect(searchColumn(out, 'deal 10 ')).toEqual([]);
    expect(searchColumn(out, 'deal 11')[0]).toBe(10);
  });
});
