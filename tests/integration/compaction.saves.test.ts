/**
 * Compaction never holds a save: the snapshot is read in slices, each its own short read
 * transaction after the writes queued before it, so a save issued while the journal is being
 * compacted is answered before the compaction writes its snapshot (one read transaction over
 * the whole database held it until the very end). And the snapshot stays exact: the text of
 * the database at the sequence number its header names, whatever committed while it was read
 * (the writes the store saw, and a write it did not see, another tab's).
 */
import { describe, expect, it, vi } from 'vitest';
import { memorySink, type JournalSink } from '../../src/shared/journal/sink';
import type { Deal } from '../../src/shared/model';
import { createWriteFeed, takeSnapshot } from '../../src/shared/store/journaling';
import { TABLE_NAMES } from '../../src/shared/store/schema';
import { buildSnapshotText } from '../../src/shared/store/snapshotText';
import { startHarness, until } from '../../src/shared/store/testing/harness';

vi.setConfig({ testTimeout: 60_000 });

const SAMPLE = { count: 30, activitiesPerDeal: 2, firstStageShare: 0.5, seed: 5 };

/** The database's snapshot text read in one transaction (what an exact snapshot must equal). */
async function wholeText(db: Awaited<ReturnType<typeof startHarness>>['host']['db'], now: number) {
  return db.transaction('r', [...TABLE_NAMES, 'meta'], async () => {
    const meta = (await db.meta.get('journal'))!;
    return buildSnapshotText(db, { dbId: meta.dbId, seq: meta.seq, database: db.name }, now);
  });
}

describe('a save during compaction', () => {
  it('is answered before the compaction writes its snapshot, and the snapshot is exact', async () => {
    const sink = memorySink();
    const order: string[] = [];
    const spied: JournalSink = {
      ...sink,
      append: (bytes) => sink.append(bytes),
      compact: async (text, keep) => {
        order.push('snapshot written');
        await sink.compact(text, keep);
      },
    };
    // One row per slice: the snapshot's read spans hundreds of transactions.
    const h = await startHarness({ journal: { sink: spied, snapshotSlice: 1 } });
    const client = h.connect();
    await client.call('sample.load', SAMPLE);
    const board = await client.call('board.get', {});
    const [first, second] = board.pipeline.stages;
    const ids = board.cards.filter((c) => c.stageId === first!.id).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(3);
    order.length = 0;
    await client.call('backup.export', {}); // compacts the journal into a snapshot, in the background
    for (const id of ids.slice(0, 3)) {
      await client.call('deals.transition', { dealId: id, request: { kind: 'move', toStageId: second!.id } });
      order.push('saved');
    }
    await until(() => order.includes('snapshot written'), 30_000);
    expect(order).toEqual(['saved', 'saved', 'saved', 'snapshot written']);
    // The snapshot holds the moves that committed while it was read: it is the database now.
    expect(sink.snapshot).toBe(await wholeText(h.host.db, h.clock.now()));
    await h.close();
  });
});

describe('a snapshot read in slices beside writes', () => {
  /** A deal rewritten (and the sequence number taken) in its own write, as a command would. */
  async function rewrite(h: Awaited<ReturnType<typeof startHarness>>, deal: Deal, title: string) {
    const { db } = h.host;
    return db.transaction('rw', ['deals', 'meta'], async () => {
      const meta = (await db.meta.get('journal'))!;
      await db.meta.put({ ...meta, seq: meta.seq + 1 });
      await db.deals.put({ ...deal, title });
      return meta.seq + 1;
    });
  }

  for (const seen of [true, false])
    it(`is the database at its sequence number when a write ${seen ? 'the store saw' : 'of another tab'} lands mid-read`, async () => {
      const h = await startHarness({ journal: { sink: memorySink() } });
      await h.connect().call('sample.load', SAMPLE);
      const { db } = h.host;
      const deals = await db.deals.orderBy(':id').toArray();
      const feed = createWriteFeed();
      let slices = 0;
      // Between two slices, after the deals were read: the first and last deals are rewritten.
      const beforeSlice = async () => {
        if (++slices !== deals.length + 5) return;
        for (const [i, deal] of [deals[0]!, deals.at(-1)!].entries()) {
          const seq = await rewrite(h, deal, `Rewritten ${i}`);
          const ops = [
            { op: 'put' as const, table: 'deals', values: [{ ...deal, title: `Rewritten ${i}` }] },
          ];
          if (seen) feed.notify(seq, ops);
        }
        // And one deal deleted: its slice (the second) is read again too.
        const seq = await db.transaction('rw', ['deals', 'meta'], async () => {
          const meta = (await db.meta.get('journal'))!;
          await db.meta.put({ ...meta, seq: meta.seq + 1 });
          await db.deals.delete(deals[1]!.id);
          return meta.seq + 1;
        });
        if (seen) feed.notify(seq, [{ op: 'delete', table: 'deals', keys: [deals[1]!.id] }]);
      };
      // One row per slice: each table's rows, and an empty last slice.
      const counts = await Promise.all(TABLE_NAMES.map((t) => db.table(t).count()));
      const firstPass = counts.reduce((n, c) => n + c + 1, 0);
      const snapshot = await takeSnapshot(db, h.clock.now(), db.name, { feed, beforeSlice, slice: 1 });
      // The three touched slices are read again each in a transaction of its own, after the queued
      // writes, like the first pass (a write the store did not see: read again whole, below).
      expect(slices).toBe(firstPass + (seen ? 3 : 0));
      expect(snapshot!.text).toContain('Rewritten 0');
      expect(snapshot!.text).toContain('Rewritten 1');
      const held = JSON.parse(snapshot!.text) as { tables: { deals: Deal[] } };
      expect(held.tables.deals.map((d) => d.id)).not.toContain(deals[1]!.id);
      expect(snapshot!.text).toBe(await wholeText(db, h.clock.now()));
      expect(snapshot!.seq).toBe((await db.meta.get('journal'))!.seq);
      await h.close();
    });
});
