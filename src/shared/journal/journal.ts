/**
 * The journal as the store uses it: what it holds on start (snapshot + records), appending
 * one record per committed command in sequence order, and compaction into a snapshot.
 */
import { concatBytes } from './bytes';
import { decodeJournal, encodeRecord, type JournalRecord, type RecordPlace } from './records';
import type { JournalSink } from './sink';

/** The header a snapshot carries beside the backup document it is. */
export interface SnapshotHeader {
  dbId: string;
  seq: number;
  /** The IndexedDB database this snapshot was taken of (the active one at the time). */
  database: string;
}

export interface JournalState {
  snapshot: { header: SnapshotHeader; text: string } | null;
  /** Records after the snapshot, in sequence order, one per sequence number. */
  records: JournalRecord[];
  /** The newest sequence number the journal knows (snapshot or record); 0 when empty. */
  lastSeq: number;
  dbId: string | null;
  /** Anything the reader had to skip (a torn tail, damage), in plain words. */
  notes: string[];
  /** Bytes of journal read (a large leftover is compacted soon after start). */
  bytes: number;
}

/** Snapshots are written header first (`{"journal":{…},…`), so the header is read without parsing megabytes. */
const HEADER_PREFIX = /^\{"journal":(\{[^{}]*\})/;
/** The first bytes of a snapshot hold its header (a sink's readSnapshotHeader reads only these). */
export const SNAPSHOT_HEADER_BYTES = 1024;

/** A snapshot's header, from its text or from its first SNAPSHOT_HEADER_BYTES (then only when at the front). */
export function readSnapshotHeader(text: string): SnapshotHeader | null {
  try {
    const prefix = HEADER_PREFIX.exec(text.slice(0, SNAPSHOT_HEADER_BYTES));
    const header = (prefix ? JSON.parse(prefix[1]!) : (JSON.parse(text) as { journal?: unknown }).journal) as
      Partial<SnapshotHeader> | undefined;
    if (
      header &&
      typeof header.dbId === 'string' &&
      Number.isInteger(header.seq) &&
      typeof header.database === 'string'
    ) {
      return { dbId: header.dbId, seq: header.seq as number, database: header.database };
    }
  } catch {
    // an unreadable snapshot is as good as none
  }
  return null;
}

export async function readJournalState(
  sink: JournalSink,
  snapshotText?: string | null,
): Promise<JournalState> {
  const text = snapshotText === undefined ? await sink.readSnapshot() : snapshotText;
  return journalStateOf(text, await sink.readJournals());
}

/** The journal's state from a snapshot's text and the journal files' bytes (every record decoded). */
export function journalStateOf(text: string | null, journals: readonly Uint8Array[]): JournalState {
  const notes: string[] = [];
  const header = text ? readSnapshotHeader(text) : null;
  if (text && !header) notes.push('the snapshot could not be read');
  const snapshot = text && header ? { header, text } : null;
  const bySeq = new Map<number, JournalRecord>();
  let total = 0;
  for (const bytes of journals) {
    total += bytes.length;
    const decoded = decodeJournal(bytes);
    if (decoded.stopped) notes.push(decoded.stopped.message);
    for (const record of decoded.records) {
      if (snapshot && (record.dbId !== snapshot.header.dbId || record.seq <= snapshot.header.seq)) continue;
      bySeq.set(record.seq, record);
    }
  }
  const records = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const dbId = snapshot?.header.dbId ?? records[0]?.dbId ?? null;
  const kept = dbId ? records.filter((r) => r.dbId === dbId) : records;
  return {
    snapshot,
    records: kept,
    lastSeq: kept.at(-1)?.seq ?? snapshot?.header.seq ?? 0,
    dbId,
    notes,
    bytes: total,
  };
}

/** Does the journal know writes of this database's history that a database at `meta` lacks? */
export function journalAhead(meta: { dbId: string; seq: number }, state: JournalState): boolean {
  return meta.dbId === state.dbId && meta.seq < state.lastSeq;
}

/**
 * Does a database whose meta is `{dbId, seq}` already hold everything in this journal (its
 * snapshot, by `header`, and every record)? Answered from the records' places alone
 * (scanJournal / scanJournalFile, one list per journal file), never decoding one: true only when nothing of this database's history in
 * the journal is past `seq`, so journalAhead(meta, journalStateOf(…)) is false too. False
 * (decode it all and look closely) when in doubt.
 */
export function journalCoveredBy(
  meta: { dbId: string; seq: number },
  header: SnapshotHeader | null,
  journals: readonly (RecordPlace[] | null)[],
): boolean {
  if (header && (header.dbId !== meta.dbId || header.seq > meta.seq)) return false;
  for (const places of journals) {
    if (!places) return false;
    if (places.some((p) => p.dbId === meta.dbId && p.seq > meta.seq)) return false;
  }
  return true;
}

export interface JournalWriter {
  /** Appends one record; resolves once it is durable. Appends are written in call order. */
  append(record: JournalRecord): Promise<void>;
  /** Writes `text` (a backup document with a `journal` header at `seq`) as the snapshot; drops older records. */
  compact(text: string, seq: number): Promise<void>;
  /** Records and bytes appended since the last compaction (to decide when to compact). */
  pending(): { records: number; bytes: number };
}

export function createJournalWriter(sink: JournalSink): JournalWriter {
  let chain: Promise<unknown> = Promise.resolve();
  /** What this writer appended since its last compaction, kept to rewrite the journal's tail. */
  let since: { seq: number; bytes: Uint8Array }[] = [];
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    append: (record) =>
      serial(async () => {
        const bytes = encodeRecord(record);
        await sink.append(bytes);
        since.push({ seq: record.seq, bytes });
      }),
    compact: async (text, seq) => {
      /** The records after the snapshot, as the journal's bytes: the ones appended by the time it is swapped. */
      const swap = (write: (keep: Uint8Array) => Promise<void>) =>
        serial(async () => {
          const keep = since.filter((r) => r.seq > seq);
          await write(concatBytes(keep.map((r) => r.bytes)));
          since = keep;
        });
      const { writeSnapshot, dropBefore } = sink;
      if (!writeSnapshot || !dropBefore) return swap((keep) => sink.compact(text, keep));
      // The long part, writing the snapshot, outside the appends' order: a save is not held by it.
      const name = await writeSnapshot.call(sink, text);
      return swap((keep) => dropBefore.call(sink, name, keep));
    },
    pending: () => ({ records: since.length, bytes: since.reduce((n, r) => n + r.bytes.length, 0) }),
  };
}
