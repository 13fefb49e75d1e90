/**
 * How a store with a journal starts at any size: it reads only the snapshot's header (not the
 * hundreds of megabytes after it) unless it has to rebuild, decodes no journal record when the
 * database already holds them all, and the compaction of a large journal left by earlier runs
 * waits until the store is idle, never in front of the first calls, and loses nothing.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { memorySink, type JournalSink } from '../../src/shared/journal/sink';
import { startHarness, until } from '../../src/shared/store/testing/harness';
import { deleteDatabase, lead, titles, withAcknowledgedWrites } from './testing/journalStarts';

vi.setConfig({ testTimeout: 60_000 });

/** A store whose journal keeps `count` acknowledged leads after its snapshot (no compaction while writing). */
async function leftFromEarlierRuns(count: number) {
  const left = await withAcknowledgedWrites(count, memorySink(), new IDBFactory(), {
    records: 1e9,
    bytes: 1e12,
  });
  return { ...left, acknowledged: left.acknowledged.sort() };
}

/** Counts the whole-snapshot reads and the compactions of a start. */
function watched(sink: ReturnType<typeof memorySink>) {
  const seen = { wholeReads: 0, compactions: 0 };
  const spied: JournalSink = {
    append: (bytes) => sink.append(bytes),
    readJournals: () => sink.readJournals(),
    readSnapshot: () => {
      seen.wholeReads++;
      return sink.readSnapshot();
    },
    readSnapshotFront: () => sink.readSnapshotFront!(),
    compact: (text, keep) => {
      seen.compactions++;
      return sink.compact(text, keep);
    },
  };
  return { spied, seen };
}

describe('a start reads only the snapshot header', () => {
  it('a start whose database holds everything never reads the whole snapshot', async () => {
    const { sink, indexedDB, acknowledged } = await leftFromEarlierRuns(3);
    expect(sink.snapshot).not.toBeNull();
    const { spied, seen } = watched(sink);
    const h = await startHarness({ indexedDB, journal: { sink: spied } });
    expect(await h.connect().call('board.get', {})).toBeTruthy();
    expect(seen.wholeReads).toBe(0);
    expect(await titles(h)).toEqual(acknowledged);
    await h.close();
  });

  it('a rebuild reads it whole, and loses nothing', async () => {
    const { sink, indexedDB, acknowledged, database } = await leftFromEarlierRuns(3);
    await deleteDatabase(indexedDB, database);
    const { spied, seen } = watched(sink);
    const h = await startHarness({ indexedDB, journal: { sink: spied } });
    expect(seen.wholeReads).toBe(1);
    expect(await titles(h)).toEqual(acknowledged);
    expect((await h.connect().call('recovery.status', {})).notice).toMatch(
      /rebuilt from Fieldline's safety journal/,
    );
    await h.close();
  });

  it('a snapshot with its header elsewhere than the front (an older layout) still restores', async () => {
    const { sink, indexedDB, database } = await leftFromEarlierRuns(0);
    const h0 = await startHarness({ indexedDB, journal: { sink } });
    const client = h0.connect();
    for (const title of ['Alpha', 'Beta']) await client.call('deals.create', lead(title));
    await client.call('backup.export', {}); // compacts: the snapshot now holds both
    await until(() => sink.journal.length === 0, 10_000);
    await h0.close();
    const { journal, ...rest } = JSON.parse(sink.snapshot!) as { journal: unknown };
    sink.snapshot = JSON.stringify({ ...rest, journal });
    expect(sink.snapshot.startsWith('{"journal"')).toBe(false);
    await deleteDatabase(indexedDB, database);
    const h = await startHarness({ indexedDB, journal: { sink } });
    expect(await titles(h)).toEqual(['Alpha', 'Beta']);
    await h.close();
  });
});

describe('the compaction of a large journal left by earlier runs', () => {
  it('never runs in front of the first calls', async () => {
    const { sink, indexedDB } = await leftFromEarlierRuns(5);
    const { spied, seen } = watched(sink);
    const h = await startHarness({
      indexedDB,
      journal: { sink: spied, leftoverCompactBytes: 1, compactWhenIdleMs: 600_000 },
    });
    const client = h.connect();
    expect(await client.call('board.get', {})).toBeTruthy();
    expect(await client.call('pipelines.list', {})).toBeTruthy();
    expect(seen.compactions).toBe(0);
    // Nor in the background beside them: only once the store has been idle (here, minutes).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.compactions).toBe(0);
    await h.close();
  });

  it('runs once the store is idle, and the journal alone still holds everything', async () => {
    const { sink, indexedDB, acknowledged, database } = await leftFromEarlierRuns(5);
    const left = sink.journal.length;
    const { spied, seen } = watched(sink);
    const h = await startHarness({
      indexedDB,
      journal: { sink: spied, leftoverCompactBytes: 1, compactWhenIdleMs: 30 },
    });
    expect(await h.connect().call('board.get', {})).toBeTruthy();
    await until(() => seen.compactions === 1, 20_000);
    await until(() => sink.journal.length < left, 20_000);
    await h.close();
    await deleteDatabase(indexedDB, database);
    const again = await startHarness({ indexedDB, journal: { sink } });
    expect(await titles(again)).toEqual(acknowledged);
    await again.close();
  });

  it('a start with a small journal schedules none', async () => {
    const { sink, indexedDB } = await leftFromEarlierRuns(2);
    const { spied, seen } = watched(sink);
    const h = await startHarness({ indexedDB, journal: { sink: spied, compactWhenIdleMs: 1 } });
    await h.connect().call('board.get', {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.compactions).toBe(0);
    await h.close();
  });
});
