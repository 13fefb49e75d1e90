/**
 * Nothing acknowledged is lost: a store with a journal, its IndexedDB then wiped, emptied or
 * left behind (what Chromium does to a database it finds corrupted), restarts with every
 * acknowledged write, tells the rep, and keeps the damaged copy.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { memorySink } from '../../src/shared/journal/sink';
import { encodeRecord } from '../../src/shared/journal/records';
import { openStoreOrRecovery } from '../../src/shared/domains/recovery/service';
import { FieldlineDB } from '../../src/shared/store/db';
import { startHarness } from '../../src/shared/store/testing/harness';
import { deleteDatabase, lead, titles, withAcknowledgedWrites } from './testing/journalStarts';

vi.setConfig({ testTimeout: 60_000 });

describe('journal recovery through the store', () => {
  it('a database Chromium deleted (and recreated empty) is rebuilt with every acknowledged write, and the rep is told', async () => {
    const { sink, indexedDB, acknowledged, database } = await withAcknowledgedWrites(12);
    await deleteDatabase(indexedDB, database);
    const h = await startHarness({ indexedDB, journal: { sink } });
    try {
      expect(await titles(h)).toEqual(acknowledged.sort());
      // The board's card projection is never journaled: the rebuild derived it from the replay.
      const board = await h.connect().call('board.get', {});
      expect(board.cards.map((c) => c.title).sort()).toEqual(acknowledged.sort());
      // Nor are the dashboard's rollups: the funnel counts every replayed lead.
      const dashboard = await h.connect().call('insights.dashboard', { period: 'all' });
      expect(dashboard.funnel.reduce((n, row) => n + row.count, 0)).toBe(acknowledged.length);
      const status = await h.connect().call('recovery.status', {});
      expect(status.database).toMatch(/^fieldline-rebuilt-\d+$/);
      expect(status.notice).toMatch(/rebuilt from Fieldline's safety journal/);
      expect(status.notice).toMatch(/Every saved change is back/);
      // A second start opens the rebuilt database directly, with nothing to report.
      await h.close();
      const again = await startHarness({ indexedDB, journal: { sink } });
      expect((await again.connect().call('recovery.status', {})).notice).toBeNull();
      expect(await titles(again)).toEqual(acknowledged.sort());
      await again.close();
    } finally {
      await h.close();
    }
  });

  it('the pointer database wiped too: the snapshot still names the active database', async () => {
    const first = await withAcknowledgedWrites(3);
    await deleteDatabase(first.indexedDB, first.database);
    const rebuilt = await startHarness({ indexedDB: first.indexedDB, journal: { sink: first.sink } });
    const client = rebuilt.connect();
    await client.call('backup.export', {}); // a backup compacts: the snapshot now names the rebuilt database
    await client.call('deals.create', lead('After the rebuild'));
    const rebuiltName = rebuilt.host.db.name;
    await rebuilt.close();
    await deleteDatabase(first.indexedDB, 'fieldline-meta');
    const h = await startHarness({ indexedDB: first.indexedDB, journal: { sink: first.sink } });
    expect(h.host.db.name).toBe(rebuiltName);
    expect(await titles(h)).toEqual([...first.acknowledged, 'After the rebuild'].sort());
    await h.close();
    // The same start as the app makes it (the store host's and the worker's `openStoreOrRecovery`):
    // it too opens the database the snapshot names, not `fieldline`, left by the rebuild.
    const served = await openStoreOrRecovery({
      indexedDB: first.indexedDB,
      IDBKeyRange,
      journal: { sink: first.sink },
    });
    expect(served.host()?.db.name).toBe(rebuiltName);
    const backup = (await served.service.call('backup.export', {})) as {
      tables: { deals: { title: string }[] };
    };
    expect(backup.tables.deals.map((d) => d.title).sort()).toEqual(
      [...first.acknowledged, 'After the rebuild'].sort(),
    );
    expect(((await served.service.call('recovery.status', {})) as { database: string }).database).toBe(
      rebuiltName,
    );
    served.host()?.db.close();
  });

  it('a database behind the journal (its last writes lost) is rebuilt; the damaged one is kept untouched', async () => {
    const { sink, indexedDB, acknowledged, database } = await withAcknowledgedWrites(6);
    // Lose the last write: the deal and the sequence number that committed with it.
    const damaged = new FieldlineDB({ name: database, indexedDB });
    await damaged.open();
    const lost = (await damaged.deals.toArray()).find((d) => d.title === 'Lead 5')!;
    await damaged.transaction('rw', ['deals', 'meta'], async () => {
      await damaged.deals.delete(lost.id);
      const meta = (await damaged.meta.get('journal'))!;
      await damaged.meta.put({ ...meta, seq: meta.seq - 1 });
    });
    damaged.close();
    const h = await startHarness({ indexedDB, journal: { sink } });
    expect(await titles(h)).toEqual(acknowledged.sort());
    expect(h.host.db.name).not.toBe(database);
    await h.close();
    const kept = new FieldlineDB({ name: database, indexedDB });
    await kept.open();
    expect(await kept.deals.count()).toBe(5);
    kept.close();
  });

  it('a torn last record (killed mid-append) is ignored; everything acknowledged before it is there', async () => {
    const { sink, indexedDB, acknowledged, database } = await withAcknowledgedWrites(4);
    const torn = encodeRecord({ dbId: 'x', seq: 999, at: 0, method: 'deals.create', ops: [] }).subarray(
      0,
      10,
    );
    await sink.append(torn);
    await deleteDatabase(indexedDB, database);
    const h = await startHarness({ indexedDB, journal: { sink } });
    expect(await titles(h)).toEqual(acknowledged.sort());
    expect((await h.connect().call('recovery.status', {})).notice).toMatch(
      /unfinished last record was ignored/,
    );
    await h.close();
  });

  it('compaction keeps the journal short and loses nothing', async () => {
    const sink = memorySink();
    const { indexedDB, acknowledged, database } = await withAcknowledgedWrites(25, sink, new IDBFactory(), {
      records: 10,
      bytes: 1e9,
    });
    expect(sink.snapshot).not.toBeNull();
    const snapshotSeq = (JSON.parse(sink.snapshot!) as { journal: { seq: number } }).journal.seq;
    expect(snapshotSeq).toBeGreaterThanOrEqual(10);
    await deleteDatabase(indexedDB, database);
    const h = await startHarness({ indexedDB, journal: { sink } });
    expect(await titles(h)).toEqual(acknowledged.sort());
    await h.close();
  });

  it('replaying the journal twice gives the same database (replay is idempotent)', async () => {
    const { sink, indexedDB, acknowledged, database } = await withAcknowledgedWrites(5);
    await deleteDatabase(indexedDB, database);
    const once = await startHarness({ indexedDB, journal: { sink } });
    const first = await titles(once);
    const name = once.host.db.name;
    await once.close();
    // Make the rebuilt database lose everything again: a second rebuild from the same journal.
    await deleteDatabase(indexedDB, name);
    const twice = await startHarness({ indexedDB, journal: { sink } });
    expect(await titles(twice)).toEqual(first);
    expect(first).toEqual(acknowledged.sort());
    await twice.close();
  });
});
