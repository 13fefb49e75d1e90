/**
 * The packed card leaves against a plain model: after any sequence of saves and deletes (with
 * leaves as small as one card, so cuts and emptied leaves happen all the time), the leaves hold
 * exactly the model's cards, in id order, each leaf within its bounds and size; and any range
 * read from them is what the same read of the model gives.
 */
import Dexie from 'dexie';
import { watchTables } from './testing/watchTables';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { unpackCards } from '../domains/board/packedCards';
import type { BoardCard } from '../rpc/views';
import {
  buildMissingCardLeaves,
  hasCardLeaves,
  readCardLeaves,
  readHeldLeaves,
  rebuildCardLeaves,
  updateCardLeaves,
  type CardLeaf,
  type LeafCard,
  type LeafTable,
} from './cardLeaves';

const IDS = Array.from({ length: 24 }, (_, i) => `d${String(i).padStart(2, '0')}`);
const PIPELINES = ['p1', 'p2'];
const STATUSES: BoardCard['status'][] = ['open', 'won', 'lost'];

function card(id: string, n: number): LeafCard {
  return {
    id,
    title: `Deal ${id} #${n}`,
    companyName: `Company ${n % 3}`,
    value: n * 1000,
    probability: n % 2 ? 0.4 : null,
    score: n,
    stageId: `s${n % 4}`,
    status: STATUSES[n % 3]!,
    source: 'event',
    stageEnteredAt: 1_700_000_000_000 + n,
    lastActivityAt: 1_700_000_000_000 + n,
    nextFollowUpAt: n % 2 ? null : 1_800_000_000_000,
    pausedUntil: null,
    expectedClose: n % 2 ? '2026-12-31' : null,
    handoff: n % 5 === 0 ? { done: 1, total: 4 } : null,
    contactEmail: `c${n}@example.com`,
    contactName: `Contact ${n}`,
    pipelineId: PIPELINES[n % 2]!,
    ...(n % 3 === 0 ? { currency: 'EUR' } : {}),
  };
}

/** While set: each read of `meta` (its kind, and how many values or keys it answered) and each write. */
let reads: string[] | null = null;
const readRecorder = watchTables('leaf-read-recorder', (table) => {
  const noted = <T>(what: string, answer: Promise<T>, size: (value: T) => number) =>
    answer.then((value) => (reads?.push(`${what} ${size(value)}`), value));
  return {
    ...table,
    get: (req) => noted('get', table.get(req), (v) => (v === undefined ? 0 : 1)),
    getMany: (req) => noted('getMany', table.getMany(req), (v) => v.filter(Boolean).length),
    query: (req) => noted(req.values ? 'query' : 'keys', table.query(req), (v) => v.result.length),
    mutate: (req) => noted(`${req.type}`, table.mutate(req), () => 1),
  };
});

async function openDb(): Promise<Dexie> {
  const db = new Dexie('leaves-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  db.use(readRecorder);
  db.version(1).stores({ meta: 'key', cards: 'id' });
  await db.open();
  return db;
}

const withoutPipeline = ({ pipelineId: _p, ...rest }: LeafCard): BoardCard => rest;

/** A database whose leaves (of up to `leafMax`) hold the first `count` ids' cards, and a save of some. */
async function leavesHolding(count: number, leafMax: number) {
  const db = await openDb();
  const meta: LeafTable = db.table('meta');
  const rows = IDS.slice(0, count).map((id, n) => card(id, n));
  await rebuildCardLeaves(meta, rows, leafMax);
  const save = (cards: LeafCard[]) => db.transaction('rw', ['meta'], () => updateCardLeaves(meta, cards, []));
  /** `rows` with `saved` in its place. */
  const rowsWith = (saved: LeafCard) => rows.map((c) => (c.id === saved.id ? saved : c));
  return { db, meta, save, rowsWith };
}

/** Every leaf, checked against the invariants, and the cards they hold in order. */
async function leafContents(meta: LeafTable, leafMax: number): Promise<LeafCard[]> {
  const leaves = (await meta.where('key').startsWith('cards:').toArray()) as CardLeaf[];
  expect(leaves[0]?.key).toBe('cards:');
  const all: LeafCard[] = [];
  leaves.forEach((leaf, i) => {
    const cards = unpackCards(leaf.cards).map((c, k) => ({
      ...c,
      pipelineId: leaf.pipelines[leaf.pipelineOf[k]!]!,
    }));
    expect(cards.length).toBeLessThanOrEqual(leafMax);
    if (i > 0) expect(cards.length).toBeGreaterThan(0);
    const next = leaves[i + 1]?.key;
    for (const c of cards) {
      expect(`cards:${c.id}` >= leaf.key).toBe(true);
      if (next) expect(`cards:${c.id}` < next).toBe(true);
    }
    all.push(...cards);
  });
  return all;
}

type Step = { kind: 'put'; id: number; n: number } | { kind: 'drop'; id: number };
const step: fc.Arbitrary<Step[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('put' as const), id: fc.nat(IDS.length - 1), n: fc.nat(50) }),
    fc.record({ kind: fc.constant('drop' as const), id: fc.nat(IDS.length - 1) }),
  ),
  // Up to 12 ids: a save of a few finds each leaf by its own read, of more than 8 by the keys.
  { minLength: 1, maxLength: 16 },
);

describe('packed card leaves', () => {
  it('hold exactly the saved cards, in order and within bounds, after any saves and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        fc.array(
          fc.tuple(
            fc.option(fc.nat(IDS.length - 1)),
            fc.option(fc.nat(IDS.length - 1)),
            fc.integer({ min: 1, max: 9 }),
          ),
        ),
        async (leafMax, transactions, ranges) => {
          const db = await openDb();
          const meta: LeafTable = db.table('meta');
          try {
            await rebuildCardLeaves(meta, [], leafMax);
            const model = new Map<string, LeafCard>();
            for (const steps of transactions) {
              // One write transaction's changes: the last save or delete of each id wins.
              const last = new Map<string, LeafCard | null>();
              for (const s of steps) last.set(IDS[s.id]!, s.kind === 'put' ? card(IDS[s.id]!, s.n) : null);
              const changed = [...last.values()].filter((c): c is LeafCard => c !== null);
              const gone = [...last].filter(([, c]) => c === null).map(([id]) => id);
              await db.transaction('rw', ['meta'], () => updateCardLeaves(meta, changed, gone));
              changed.forEach((c) => model.set(c.id, c));
              gone.forEach((id) => model.delete(id));
            }
            const expected = [...model.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
            expect(await leafContents(meta, leafMax)).toEqual(expected);
            for (const [after, until, limit] of ranges) {
              const range = {
                after: after === null ? null : IDS[after]!,
                until: until === null ? undefined : IDS[until],
                limit,
                keep: (pipeline: string, status: BoardCard['status']) =>
                  pipeline === 'p1' && status !== 'lost',
              };
              const rows = expected
                .filter(
                  (c) =>
                    (range.after === null || c.id > range.after) && (!range.until || c.id <= range.until),
                )
                .slice(0, limit);
              const read = await readCardLeaves(meta, range);
              const kept = rows.filter((c) => range.keep(c.pipelineId, c.status));
              expect(unpackCards(read.cards)).toEqual(kept.map(withoutPipeline));
              expect(read.next).toBe(rows.length === limit ? rows[limit - 1]!.id : null);
              // The same range out of the leaves a board's first page read (and holds).
              const first = await readCardLeaves(meta, { ...range, after: null, whole: true });
              expect(await readHeldLeaves(first.held!, range)).toEqual(read);
              // Read whole (a board's first page): the same page, the count of every kept row
              // and every id after the page.
              const whole = await readCardLeaves(meta, { ...range, whole: true });
              expect(unpackCards(whole.cards)).toEqual(unpackCards(read.cards));
              expect(whole.next).toBe(read.next);
              const later = expected.filter((c) => range.after === null || c.id > range.after);
              expect(whole.kept).toBe(later.filter((c) => range.keep(c.pipelineId, c.status)).length);
              expect(whole.rest).toEqual(
                read.next === null ? [] : later.filter((c) => c.id > read.next!).map((c) => c.id),
              );
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a save of a card finds its leaf with one read of that leaf, and patches it in place', async () => {
    const { db, meta, save, rowsWith } = await leavesHolding(12, 4); // leaves of 3: six of them (the first empty)
    reads = [];
    const moved = { ...card('d07', 7), stageId: 's9', companyName: 'Renamed Ltd' };
    await save([moved]);
    // The header, the one leaf holding d07 (no scan of every leaf's key: 35 at 10,000 deals), one put.
    expect(reads.sort()).toEqual(['get 1', 'put 1', 'query 1']);
    reads = null;
    expect(await leafContents(meta, 4)).toEqual(rowsWith(moved));
    db.close();
  });

  it('a leaf patched with ever new texts is packed again before its unused texts pile up', async () => {
    const { db, meta, save, rowsWith } = await leavesHolding(6, 100);
    const leafTexts = async () => ((await meta.get('cards:')) as CardLeaf).cards.texts.length;
    const fresh = await leafTexts();
    let most = fresh;
    const renamed = (i: number) => ({
      ...card('d02', 2),
      companyName: `Company renamed ${i}`,
      expectedClose: `2027-01-${i}`,
    });
    for (let i = 0; i < 60; i++) {
      await save([renamed(i)]);
      most = Math.max(most, await leafTexts());
    }
    // Two new texts a save, none used again: kept a while (a save does not re-pack its leaf), at
    // most 16 unused (and a save's two) before a re-pack.
    expect(most).toBeGreaterThan(fresh + 2);
    expect(most).toBeLessThanOrEqual(fresh + 16 + 2);
    expect(await leafContents(meta, 100)).toEqual(rowsWith(renamed(59)));
    db.close();
  });

  it('are built on open from the projection’s rows when a database has none, and kept when it has', async () => {
    const db = await openDb();
    const meta: LeafTable = db.table('meta');
    const rows = IDS.slice(0, 5).map((id, n) => card(id, n));
    await db.table('cards').bulkPut(rows);
    expect(await hasCardLeaves(meta)).toBe(false);
    // Before they exist, a save of a few cards or of many changes no leaf (and makes none).
    await db.transaction('rw', ['meta'], () => updateCardLeaves(meta, [card('d00', 9)], []));
    const many = IDS.slice(0, 12).map((id, n) => card(id, n + 1));
    await db.transaction('rw', ['meta'], () => updateCardLeaves(meta, many, []));
    expect(await hasCardLeaves(meta)).toBe(false);
    await buildMissingCardLeaves(db);
    expect(await leafContents(meta, 1000)).toEqual(rows);
    // Built: opening again rebuilds nothing (a leaf changed by hand stays as it is).
    await db.transaction('rw', ['meta'], () => updateCardLeaves(meta, [], ['d00']));
    await buildMissingCardLeaves(db);
    expect((await leafContents(meta, 1000)).map((c) => c.id)).toEqual(IDS.slice(1, 5));
    db.close();
  });
});
