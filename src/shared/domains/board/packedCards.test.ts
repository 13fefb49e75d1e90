import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../rpc/views';
import { PackBuilder, packCards, packedId, unpackCard, unpackCards } from './packedCards';

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const some = <T>(values: readonly T[]) => fc.constantFrom(...values);

const cardArb: fc.Arbitrary<BoardCard> = fc
  .record({
    id: fc.uuid(),
    title: fc.string({ minLength: 1 }),
    companyName: some(['Acme', 'Globex', '', 'Ünïcode GmbH']),
    value: fc.double({ min: 0, max: 1e12, noNaN: true }),
    currency: fc.option(some(['EUR', 'USD', 'JPY']), { nil: undefined }),
    probability: orNull(fc.double({ min: 0, max: 1, noNaN: true })),
    score: fc.integer({ min: 0, max: 100 }),
    stageId: some(['s1', 's2', 's3']),
    status: some(['open', 'won'] as const),
    source: some(['event', 'partner-referral', 'trial'] as const),
    stageEnteredAt: time,
    lastActivityAt: time,
    nextFollowUpAt: orNull(time),
    pausedUntil: orNull(time),
    expectedClose: orNull(some(['2026-12-01', '2027-01-31'])),
    handoff: orNull(fc.record({ done: fc.nat(20), total: fc.nat(20) })),
    contactEmail: fc.string(),
    contactName: fc.string(),
  })
  // Plain objects; a card with no currency has no `currency` key at all (as the store builds it).
  .map(({ currency, handoff, ...rest }) => {
    const card = { ...rest, handoff: handoff && { done: handoff.done, total: handoff.total } };
    return currency === undefined ? card : { ...card, currency };
  });

describe('packed board cards', () => {
  it('unpack to exactly the cards packed (nulls, no currency, no checklist included)', () => {
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 40 }), (cards) => {
        const packed = packCards(cards);
        expect(unpackCards(packed)).toStrictEqual(cards);
        expect(cards.map((_, i) => packedId(packed, i))).toEqual(cards.map((c) => c.id));
      }),
    );
  });

  it('send each repeated text once per page, and unpack onto the texts a receiver passes', () => {
    const cards = fc.sample(cardArb, { numRuns: 300, seed: 7 });
    const packed = packCards(cards);
    const repeated = new Set(cards.flatMap((c) => [c.companyName, c.stageId, c.status, c.source]));
    expect(packed.texts.length).toBeLessThanOrEqual(repeated.size + 5); // + currencies, close dates
    expect(new Set(packed.texts).size).toBe(packed.texts.length);
    const pool = packed.texts.map((t) => t.slice()); // a receiver's own copies
    const card = unpackCard(packed, 0, pool);
    expect(pool).toContain(card.stageId);
    expect(card).toStrictEqual(cards[0]);
  });

  it('hold the same few objects for 10 cards or 1,000 (no object per card)', () => {
    const objectsIn = (value: unknown): number => {
      if (value === null || typeof value !== 'object') return 0;
      if (ArrayBuffer.isView(value)) return 1;
      return 1 + Object.values(value).reduce<number>((n, v) => n + objectsIn(v), 0);
    };
    const small = packCards(fc.sample(cardArb, { numRuns: 10, seed: 1 }));
    const large = packCards(fc.sample(cardArb, { numRuns: 1_000, seed: 1 }));
    expect(objectsIn(large)).toBe(objectsIn(small));
  });

  it('pack runs of cards picked out of other packs as the same cards, in order, numbered in the pool', () => {
    const packs = fc.array(fc.array(cardArb, { maxLength: 12 }), { maxLength: 4 });
    // Each pack's runs: [start, end) pairs cut anywhere, some of them empty.
    const cutsArb = fc.array(fc.nat(12), { maxLength: 8 });
    fc.assert(
      fc.property(packs, fc.array(cutsArb, { minLength: 4, maxLength: 4 }), (lists, cuts) => {
        const pool = new Map<string, number>();
        const builder = new PackBuilder(pool);
        const expected: BoardCard[] = [];
        lists.forEach((cards, p) => {
          const pack = packCards(cards);
          const bounds = [...new Set(cuts[p]!.map((c) => Math.min(c, cards.length)))].sort((a, b) => a - b);
          for (let k = 0; k + 1 < bounds.length; k += 2) {
            builder.addRun(pack, bounds[k]!, bounds[k + 1]!);
            expected.push(...cards.slice(bounds[k], bounds[k + 1]));
          }
        });
        const page = builder.done();
        expect(unpackCards(page)).toStrictEqual(expected);
        expect(new Set(page.texts).size).toBe(page.texts.length);
        expect([...page.textIds!].map((id) => [...pool.keys()][id])).toEqual(page.texts);
      }),
    );
  });
});
