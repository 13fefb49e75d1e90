/**
 * `board.page` through the real RPC transport: the pages of a board, put together, are exactly
 * its cards as `board.cards` returns them (in deal-id order, none twice), also when writes land
 * between two pages — and, with the change events applied as the board applies them
 * (BoardStream), end up equal to a fresh `board.get`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoardStream } from '../../src/renderer/src/state/boardStream';
import type { RpcClient } from '../../src/shared/rpc/client';
import type { BoardCard, BoardPage, ChangeEvent } from '../../src/shared/rpc/views';
import { unpackCards } from '../../src/shared/domains/board/packedCards';
import { startHarness, until, type Harness } from '../../src/shared/store/testing/harness';

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
  await client.call('sample.load', { count: 60, seed: 3 });
});
afterEach(async () => {
  await h.close();
});

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function allPages(limit: number, between?: (page: BoardPage) => Promise<void>): Promise<BoardPage[]> {
  const pages: BoardPage[] = [];
  let after: string | null = null;
  do {
    const page: BoardPage = await client.call('board.page', { after, limit });
    pages.push(page);
    after = page.next;
    if (after !== null && between) await between(page);
  } while (after !== null);
  return pages;
}

describe('board.page', () => {
  it('pages through exactly the board’s cards, in id order, none twice', async () => {
    const board = await client.call('board.get', {});
    const pages = await allPages(7);
    expect(pages.length).toBeGreaterThan(5);
    const cards = pages.flatMap((p) => unpackCards(p.cards));
    const ids = cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    // The same cards as board.cards gives for those ids, field for field, and all of the board.
    const expected = await client.call('board.cards', { pipelineId: board.pipeline.id, ids });
    expect(cards).toEqual(expected);
    expect(cards).toEqual([...board.cards].sort(byId));
    expect(pages[0]!.total).toBe(board.cards.length);
    expect(pages.slice(1).every((p) => p.total === undefined)).toBe(true);
  });

  it('leaves out lost deals and other pipelines’ deals', async () => {
    const board = await client.call('board.get', {});
    const { lostReasons } = await client.call('settings.get', {});
    const lost = board.cards[3]!;
    await client.call('deals.transition', {
      dealId: lost.id,
      request: { kind: 'lose', reason: lostReasons[0]! },
    });
    const ids = (await allPages(5)).flatMap((p) => unpackCards(p.cards).map((c) => c.id));
    expect(ids).not.toContain(lost.id);
    expect(ids).toHaveLength(board.cards.length - 1);
  });

  it('with writes between pages, the pages plus the change events equal a fresh board', async () => {
    const board = await client.call('board.get', {});
    const [first, second] = board.pipeline.stages;
    const stream = new BoardStream();
    const events: ChangeEvent[] = [];
    client.on('store.changed', (e) => events.push(e));
    const { lostReasons } = await client.call('settings.get', {});
    let round = 0;
    const sorted = [...board.cards].sort(byId);
    const writes = async (page: BoardPage) => {
      round += 1;
      const last = page.next!;
      const seen = sorted.filter((c) => c.id <= last);
      const ahead = sorted.filter((c) => c.id > last);
      const before = events.length;
      if (round === 1) {
        // A card already read moves; one not read yet is lost; a new deal is added (a later id).
        const moved = seen.find((c) => c.stageId === first!.id)!;
        await client.call('deals.transition', {
          dealId: moved.id,
          request: { kind: 'move', toStageId: second!.id },
        });
        await client.call('deals.transition', {
          dealId: ahead.at(-1)!.id,
          request: { kind: 'lose', reason: lostReasons[0]! },
        });
        await client.call('deals.create', {
          title: 'Between pages',
          companyName: 'Mid Stream Ltd',
          contactName: 'Ada Page',
          contactEmail: 'ada@midstream.example',
          source: 'event',
          value: 1_000,
        });
        await until(() => events.length === before + 3);
      }
      // The board refreshes what the events named; a page read before them is stale for those.
      const named = events.slice(before).flatMap((e) => e.dealIds);
      if (named.length === 0) return;
      stream.changed(named);
      const stamp = stream.stamp();
      stream.applyCards(
        named,
        await client.call('board.cards', { pipelineId: board.pipeline.id, ids: named }),
        stamp,
      );
    };
    // Pages are stamped as they are sent; the writes happen after each page arrives.
    let after: string | null = null;
    const pageIds: string[] = [];
    do {
      const stamp = stream.stamp();
      const page: BoardPage = await client.call('board.page', { after, limit: 9 });
      stream.addPage(page.cards, stamp);
      pageIds.push(...unpackCards(page.cards).map((c) => c.id));
      after = page.next;
      if (after !== null) await writes(page);
    } while (after !== null);
    expect(round).toBeGreaterThan(1);
    // Pages alone never repeat a card, writes or not.
    expect(new Set(pageIds).size).toBe(pageIds.length);
    const fresh = await client.call('board.get', {});
    const shown: BoardCard[] = stream.list().sort(byId);
    expect(shown).toEqual([...fresh.cards].sort(byId));
    expect(shown.some((c) => c.title === 'Between pages')).toBe(true);
  });

  it('cuts the rest of the board into ranges that, read side by side, give every card once', async () => {
    const board = await client.call('board.get', {});
    const head = await client.call('board.page', { after: null, limit: 4, split: 9 });
    expect(head.splits!.length).toBeGreaterThan(3);
    const cuts = [head.next!, ...head.splits!];
    const ranges = await Promise.all(
      cuts.map((after, i) =>
        client.call('board.page', { after, ...(cuts[i + 1] ? { until: cuts[i + 1] } : {}), limit: 18 }),
      ),
    );
    expect(ranges.every((r) => r.next === null)).toBe(true);
    const cards = [...unpackCards(head.cards), ...ranges.flatMap((r) => unpackCards(r.cards))];
    expect(cards).toEqual([...board.cards].sort(byId));
  });

  it('carries its cards packed: the same few objects for 5 cards or 50, each repeated text once', async () => {
    // A structured clone costs per object and per field on both sides of the port (and leaves
    // the receiver one object per card, plus a copy of every repeated text, to throw away).
    const objectsIn = (value: unknown): number => {
      if (value === null || typeof value !== 'object') return 0;
      if (ArrayBuffer.isView(value)) return 1;
      return 1 + Object.values(value).reduce<number>((n, v) => n + objectsIn(v), 0);
    };
    const small = await client.call('board.page', { after: null, limit: 5 });
    const large = await client.call('board.page', { after: null, limit: 50 });
    expect(large.cards.count).toBeGreaterThan(small.cards.count * 5);
    expect(objectsIn(large.cards)).toBe(objectsIn(small.cards));
    const stageIds = unpackCards(large.cards).map((c) => c.stageId);
    const texts = large.cards.texts;
    for (const id of new Set(stageIds)) expect(texts.filter((t) => t === id)).toHaveLength(1);
  });

  it('refuses a page bigger than the store sends at once', async () => {
    await expect(client.call('board.page', { after: null, limit: 1_000_000 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
