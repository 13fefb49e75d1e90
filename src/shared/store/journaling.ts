/**
 * The store's side of the journal: every committed command takes the next sequence number in
 * the SAME transaction as its writes (meta.seq), and its writes are appended to the journal
 * before the caller hears "done". Write commands run one at a time (a small queue), so
 * sequence numbers reach the journal in order. Compaction: after enough records, or when asked
 * (each backup), the whole database is written as a snapshot and the journal starts over; the
 * snapshot is read in slices that let the saves go first (snapshotText.ts).
 */
import Dexie from 'dexie';
import type { JournalWriter } from '../journal/journal';
import type { JournalOp } from '../journal/records';
import type { FieldlineDB, JournalMeta } from './db';
import { readSnapshot, type SnapshotRead, type WriteFeed } from './snapshotText';

export interface StoreJournal {
  writer: JournalWriter;
  /** The active database's name, written into each snapshot (the pointer DB can be wiped too). */
  database: string;
  /** Compact after this many records or bytes (whichever first). */
  compactAfter?: { records: number; bytes: number };
  /** Earlier runs left a large journal: compact once the store is idle this long (ms). */
  compactWhenIdle?: number;
  /** Rows per snapshot slice (snapshotText.ts); tests make it small. */
  snapshotSlice?: number;
}

/**
 * How long the store is idle before a start-up compaction runs: long enough that it does not
 * land in the rep's first moves after a start (at 100,000 deals it still ends in one write of
 * hundreds of MB, seconds of the worker), short enough that it runs while the rep reads.
 */
export const DEFAULT_COMPACT_WHEN_IDLE_MS = 30_000;

export const DEFAULT_COMPACT_AFTER = { records: 2_000, bytes: 4 * 1024 * 1024 };

export async function readMeta(db: FieldlineDB): Promise<JournalMeta | undefined> {
  return db.meta.get('journal');
}

/** Inside a write transaction: the next sequence number, recorded in meta. */
export async function takeNextSeq(
  db: FieldlineDB,
  newId: () => string,
): Promise<{ dbId: string; seq: number }> {
  const meta = (await db.meta.get('journal')) ?? { key: 'journal' as const, dbId: newId(), seq: 0 };
  const next = { ...meta, seq: meta.seq + 1 };
  await db.meta.put(next);
  return { dbId: next.dbId, seq: next.seq };
}

/** Runs write commands one after another (re-entrant: a write inside a write joins it). */
export function createWriteQueue() {
  let chain: Promise<unknown> = Promise.resolve();
  const run = <T>(fn: () => Promise<T>): Promise<T> => {
    if (Dexie.currentTransaction) return fn();
    const next = chain.then(fn);
    chain = next.catch(() => undefined);
    return next;
  };
  /** Resolves once every write queued so far has finished, and a task has passed (a save on its way arrives). */
  const settled = async (): Promise<void> => {
    await chain;
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return Object.assign(run, { settled });
}

/** Tells a snapshot being read what each write commits (see snapshotText.ts, WriteFeed). */
export function createWriteFeed(): WriteFeed & { notify(seq: number, ops: readonly JournalOp[]): void } {
  const listeners = new Set<(seq: number, ops: readonly JournalOp[]) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: (seq, ops) => listeners.forEach((listener) => listener(seq, ops)),
  };
}

/**
 * A snapshot document: the backup format plus the journal header it was taken at. Read in
 * slices, each its own short transaction, so the store's saves never wait for the whole read
 * (snapshotText.ts); `feed` and `beforeSlice` come from the store service.
 */
export function takeSnapshot(
  db: FieldlineDB,
  now: number,
  database: string,
  options: { feed?: WriteFeed; beforeSlice?: () => Promise<void>; slice?: number } = {},
): Promise<SnapshotRead | null> {
  return readSnapshot(db, database, now, options);
}

/** Applies journaled writes to `db` (replay), inside the caller's transaction. */
export async function applyOps(db: FieldlineDB, ops: JournalOp[]): Promise<void> {
  for (const op of ops) {
    const table = db.table(op.table);
    if (op.op === 'put') await table.bulkPut(op.values as never[]);
    else if (op.op === 'delete') await table.bulkDelete(op.keys as never[]);
    else if (op.op === 'clear') await table.clear();
    else await table.where(':id').between(op.lower, op.upper, !op.lowerOpen, !op.upperOpen).delete();
  }
}
