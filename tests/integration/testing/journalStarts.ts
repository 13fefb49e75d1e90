/** What the journal's integration tests share: a lead to create, the titles a store holds, a database wiped. */
import { IDBFactory } from 'fake-indexeddb';
import { readSnapshotHeader } from '../../../src/shared/journal/journal';
import { memorySink } from '../../../src/shared/journal/sink';
import { startHarness, until, type Harness } from '../../../src/shared/store/testing/harness';

export const lead = (title: string) => ({
  title,
  companyName: 'Harbor Mobility',
  contactName: '',
  contactEmail: '',
  source: 'event' as const,
  value: 100,
});

/** Every deal's title, sorted (read through a backup, as the rep would get them back). */
export async function titles(h: Harness): Promise<string[]> {
  const backup = await h.connect().call('backup.export', {});
  return backup.tables.deals.map((d) => d.title).sort();
}

/** What Chromium does to a database it finds corrupted. */
export const deleteDatabase = (factory: IDBFactory, name: string) =>
  new Promise<void>((resolve, reject) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });

/** A store with a journal on `sink`, `count` acknowledged leads written through the RPC. */
export async function withAcknowledgedWrites(
  count: number,
  sink = memorySink(),
  indexedDB = new IDBFactory(),
  compactAfter?: { records: number; bytes: number },
) {
  const h = await startHarness({ indexedDB, journal: { sink, ...(compactAfter ? { compactAfter } : {}) } });
  const client = h.connect();
  const acknowledged: string[] = [];
  for (let i = 0; i < count; i++) {
    await client.call('deals.create', lead(`Lead ${i}`));
    acknowledged.push(`Lead ${i}`);
  }
  // A compaction the writes started runs in the background, a slice at a time beside them:
  // the store stays open until it has written its snapshot (closing would drop it).
  const compacts = compactAfter !== undefined && count >= compactAfter.records;
  if (compacts)
    await until(() => (readSnapshotHeader(sink.snapshot ?? '')?.seq ?? 0) >= compactAfter.records, 30_000);
  await h.close();
  return { sink, indexedDB, acknowledged, database: h.host.db.name };
}
