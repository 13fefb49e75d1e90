/**
 * What the first `board.page` costs the store: through the real RPC transport, a DBCore
 * middleware records the operations on the `cards` table and the reads of the packed card
 * leaves (store/cardLeaves.ts): the page's cards, the board's count and the cuts come from the
 * leaves, a few values, never from the projection's rows (one value per card), its keys or its
 * index. Without leaves (a database not yet opened by this code), a count walks every entry of the
 * board's index (hundreds of ms at 100,000 deals), so a first page asked with `count: false`
 * (the start-up snapshot shows its own count meanwhile) counts nothing; asked without it, the
 * board is counted as before. Asked with `split`, the first page holds the leaves it read: the
 * ranges it cut are read from them, with no second read of the store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import { unpackCards } from '../../src/shared/domains/board/packedCards';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { watchTables } from '../../src/shared/store/testing/watchTables';

let recording: string[] | null = null;
const cardsTracker = watchTables('board-page-cards-tracker', (table, name) => {
  if (name === 'meta') return { ...table, getMany: (req) => (recording?.push('leaves'), table.getMany(req)) };
  if (name !== 'cards') return table;
  return {
    ...table,
    query: (req) => (recording?.push(req.values ? 'rows' : 'keys'), table.query(req)),
    count: (req) => (recording?.push('count'), table.count(req)),
    openCursor: (req) => (recording?.push('cursor'), table.openCursor(req)),
  };
});

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness({ middlewares: [cardsTracker] });
  client = h.connect();
  await client.call('sample.load', { count: 40, seed: 5 });
});
afterEach(async () => {
  recording = null;
  await h.close();
});

async function recorded(count?: boolean) {
  recording = [];
  const page = await client.call('board.page', {
    after: null,
    limit: 5,
    split: 10,
    ...(count === undefined ? {} : { count }),
  });
  const ops = recording;
  recording = null;
  return { page, ops };
}

describe('the first board page', () => {
  it('reads its cards, the board’s count and the cuts from the leaves: no card row, key scan or index count', async () => {
    const board = await client.call('board.get', {});
    for (const count of [false, true, undefined]) {
      const { page, ops } = await recorded(count);
      expect(ops).toEqual(['leaves']);
      expect(page.total).toBe(count === false ? undefined : board.cards.length);
      expect(page.splits!.length).toBeGreaterThan(0);
    }
  });

  it('holds the leaves it read for the ranges it cut: each is read from them, not from the store again', async () => {
    const board = await client.call('board.get', {});
    const { page: head, ops } = await recorded(false);
    expect(ops).toEqual(['leaves']);
    expect(head.held).toEqual(expect.any(String));
    const cuts = [head.next!, ...head.splits!];
    const range = (i: number) => ({
      pipelineId: board.pipeline.id,
      after: cuts[i]!,
      ...(cuts[i + 1] ? { until: cuts[i + 1] } : {}),
      limit: 20,
      held: head.held!,
    });
    recording = [];
    const ranges = await Promise.all(cuts.map((_, i) => client.call('board.page', range(i))));
    expect(recording).toEqual([]);
    const cards = [head, ...ranges].flatMap((page) => unpackCards(page.cards));
    expect(cards).toEqual([...board.cards].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // Their texts are numbered alike across the pages: one number, one text.
    const textOf = new Map<number, string>();
    for (const { cards: packed } of [head, ...ranges])
      packed.texts.forEach((text, i) => {
        const id = packed.textIds![i]!;
        expect(textOf.get(id) ?? text).toBe(text);
        textOf.set(id, text);
      });
    expect(new Set(textOf.values()).size).toBe(textOf.size);
    // Every range read: the board is let go, and a range asked again reads the store.
    const again = await client.call('board.page', range(0));
    expect(recording).toEqual(['leaves']);
    expect(unpackCards(again.cards)).toEqual(unpackCards(ranges[0]!.cards));
  });

  describe('on a database whose leaves are not built', () => {
    beforeEach(async () => {
      await h.host.db.meta.delete('cards' as never); // the leaves' header: without it they are not read
    });

    it('asked with count: false, reads its rows and the split keys, and counts nothing', async () => {
      const { page, ops } = await recorded(false);
      expect(ops).toEqual(['rows', 'keys']);
      expect(page.total).toBeUndefined();
      expect(page.splits!.length).toBeGreaterThan(0);
    });

    it('asked for the count (or by default), counts the board’s open and won cards', async () => {
      const board = await client.call('board.get', {});
      for (const count of [true, undefined]) {
        const { page, ops } = await recorded(count);
        expect(ops.filter((op) => op === 'count')).toHaveLength(2);
        expect(page.total).toBe(board.cards.length);
      }
    });
  });
});
