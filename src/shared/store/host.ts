import { createJournalWriter, type SnapshotHeader } from '../journal/journal';
import { readSnapshotHead, type JournalSink } from '../journal/sink';
import { createRpcServer, type RpcServer } from '../rpc/server';
import type { Clock } from './context';
import { FieldlineDB, type OpenOptions } from './db';
import { snapshotBeforeUpgrade } from './preUpgrade';
import { activeDatabaseName } from '../domains/recovery/pointer';
import { seedIfEmpty } from './seed';
import { createStoreService, type StoreService } from './service';
import { reconcileWithJournal } from '../domains/recovery/fromJournal';
import { DEFAULT_COMPACT_WHEN_IDLE_MS, readMeta, takeSnapshot, type StoreJournal } from './journaling';
import { DB_NAME } from './schema';

export interface JournalOptions {
  sink: JournalSink;
  compactAfter?: StoreJournal['compactAfter'];
  /** A journal left at least this large by earlier runs is compacted once the store is idle. */
  leftoverCompactBytes?: number;
  /** How long the store must be idle for that compaction (ms). */
  compactWhenIdleMs?: number;
  /** Rows per snapshot slice (snapshotText.ts); tests make it small. */
  snapshotSlice?: number;
}

export interface StoreHost {
  db: FieldlineDB;
  service: StoreService;
  server: RpcServer;
}

export type HostOptions = OpenOptions & { clock?: Clock; newId?: () => string; journal?: JournalOptions };

/**
 * The database a start opens: `options.name` when one is given; else the active one, `fieldline`
 * or the one a recovery restore or a rebuild wrote (recovery/pointer.ts). The pointer lives in
 * IndexedDB too and can be wiped with the rest: then the journal's snapshot (its `header`, read
 * here when not given) says which database was active.
 */
export async function activeDatabase(options: HostOptions, header?: SnapshotHeader | null): Promise<string> {
  if (options.name) return options.name;
  const name = await activeDatabaseName(options.indexedDB);
  if (name !== DB_NAME) return name;
  const head =
    header !== undefined
      ? header
      : options.journal
        ? (await readSnapshotHead(options.journal.sink)).header
        : null;
  return head && head.database !== DB_NAME ? head.database : name;
}

/**
 * Open the database and serve the store over RPC. The same function runs in the
 * Electron store-host window, in the browser-mode Web Worker and in Node tests.
 */
export async function startStoreHost(options: HostOptions = {}): Promise<StoreHost> {
  // Of the snapshot (hundreds of megabytes at 100,000 deals) a start reads the header; its
  // text only when the database has to be rebuilt from it.
  const snapshot = options.journal ? await readSnapshotHead(options.journal.sink) : null;
  const header = snapshot?.header ?? null;
  const name = await activeDatabase(options, header);
  const clock = options.clock ?? { now: () => Date.now() };
  const preUpgradeBackup = await snapshotBeforeUpgrade(name, clock.now(), options.indexedDB);
  let db = new FieldlineDB({ ...options, name });
  await db.open();
  const newId = options.newId ?? (() => crypto.randomUUID());
  let notice: string | null = null;
  let journalBytes = 0;
  let journal: StoreJournal | undefined;
  try {
    if (options.journal)
      ({ db, notice, journalBytes } = await reconcileWithJournal(
        db,
        options,
        options.journal.sink,
        clock.now(),
        snapshot ?? undefined,
      ));
    await seedIfEmpty(db, clock.now(), newId);
    if (options.journal)
      journal = await startJournal(db, options.journal, newId, clock.now(), header, journalBytes);
  } catch (error) {
    db.close(); // a failed start leaves no connection behind (recovery may retry)
    throw error;
  }
  const service = createStoreService({ db, clock, newId, preUpgradeBackup, journal, notice });
  return { db, service, server: createRpcServer(service) };
}

/** A journal left this large by earlier runs is compacted once the store is idle, so the next start reads little. */
const LEFTOVER_COMPACT_BYTES = 1024 * 1024;

/**
 * The journal needs a base: the database's identity (made on first start) and a snapshot of
 * the same identity. A new or pre-journal database gets both now, before any command runs.
 * A large journal left by earlier runs is compacted later, when the store is idle (service.ts):
 * never in front of the first calls (at 100,000 deals that takes seconds).
 */
async function startJournal(
  db: FieldlineDB,
  options: JournalOptions,
  newId: () => string,
  now: number,
  header: SnapshotHeader | null,
  leftoverBytes: number,
): Promise<StoreJournal> {
  const writer = createJournalWriter(options.sink);
  const leftover = leftoverBytes >= (options.leftoverCompactBytes ?? LEFTOVER_COMPACT_BYTES);
  const journal: StoreJournal = {
    writer,
    database: db.name,
    ...(options.compactAfter ? { compactAfter: options.compactAfter } : {}),
    ...(options.snapshotSlice ? { snapshotSlice: options.snapshotSlice } : {}),
    ...(leftover ? { compactWhenIdle: options.compactWhenIdleMs ?? DEFAULT_COMPACT_WHEN_IDLE_MS } : {}),
  };
  if (!(await readMeta(db))) await db.meta.put({ key: 'journal', dbId: newId(), seq: 0 });
  const meta = await readMeta(db);
  if (!header || header.dbId !== meta?.dbId || header.database !== db.name) {
    const snapshot = await takeSnapshot(db, now, db.name);
    if (snapshot) await writer.compact(snapshot.text, snapshot.seq);
    delete journal.compactWhenIdle; // just done
  }
  return journal;
}
