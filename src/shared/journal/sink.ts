import { readSnapshotHeader, SNAPSHOT_HEADER_BYTES, type SnapshotHeader } from './journal';
import { scanJournal, type RecordPlace } from './records';

/**
 * Where the journal lives, outside IndexedDB: a file in the desktop app's user-data folder
 * (written by main, fsynced), the Origin Private File System in browser mode, memory in tests.
 * `append` resolves only once the bytes are durable (flushed / fsynced).
 */
export interface JournalSink {
  /** Appends and flushes; resolves when the bytes are on disk. */
  append(bytes: Uint8Array): Promise<void>;
  /** Every journal file's bytes (a browser tab each; one in the desktop app). */
  readJournals(): Promise<Uint8Array[]>;
  /**
   * Optional: every journal file's record places and size, read from the records' headers and
   * fronts only (scanJournalFile), so a start does not read megabytes of payload to learn that
   * its database already holds them all. Without it, `readJournals` is read whole and scanned.
   */
  readJournalPlaces?(): Promise<JournalPlaces[]>;
  /** The newest complete snapshot, or null. */
  readSnapshot(): Promise<string | null>;
  /**
   * The first SNAPSHOT_HEADER_BYTES of the snapshot `readSnapshot` would return (null: none),
   * where its header is: a start reads the megabytes after it only to rebuild (readSnapshotHead).
   */
  readSnapshotFront?(): Promise<string | null>;
  /** Writes `text` as the snapshot (atomically), then drops this sink's journal records up to it. */
  compact(text: string, keep: Uint8Array): Promise<void>;
  /**
   * Optional, with `dropBefore`: `compact` in two steps, so the journal's appends go on while
   * the snapshot (hundreds of MB at 100,000 deals) is written. Writes `text` as the newest
   * snapshot, durably, touching no journal file; resolves to its name for `dropBefore`.
   */
  writeSnapshot?(text: string): Promise<string>;
  /** Then, in the appends' order: this sink's journal becomes `keep`; what the snapshot `name` covers goes. */
  dropBefore?(name: string, keep: Uint8Array): Promise<void>;
}

/** One journal file's record places (null: a front unreadable, decode it whole) and its size in bytes. */
export interface JournalPlaces {
  places: RecordPlace[] | null;
  bytes: number;
}

/** Every journal file's places: from the sink's own scan when it has one, else from the whole bytes. */
export async function readJournalPlaces(sink: JournalSink): Promise<JournalPlaces[]> {
  if (sink.readJournalPlaces) return sink.readJournalPlaces();
  return (await sink.readJournals()).map((bytes) => ({ places: scanJournal(bytes), bytes: bytes.length }));
}

/** The newest snapshot's header, and its text when asked (read once). */
export interface SnapshotHead {
  header: SnapshotHeader | null;
  text(): Promise<string | null>;
}

/**
 * What a start needs of the snapshot: its header, from its first bytes when the sink can give
 * them and the header is there (snapshots are written header first); the text (tens of
 * megabytes at 100,000 deals) only if a rebuild asks for it. Otherwise it is read whole now.
 */
export async function readSnapshotHead(sink: JournalSink): Promise<SnapshotHead> {
  const front = sink.readSnapshotFront ? await sink.readSnapshotFront() : undefined;
  if (front === null) return { header: null, text: async () => null };
  const header = front === undefined ? null : readSnapshotHeader(front);
  if (header) {
    let text: Promise<string | null> | null = null;
    return { header, text: () => (text ??= sink.readSnapshot()) };
  }
  const whole = await sink.readSnapshot();
  return { header: whole === null ? null : readSnapshotHeader(whole), text: async () => whole };
}

/** A journal in memory (tests, and the fallback when no durable place exists). */
export function memorySink(): JournalSink & { journal: Uint8Array; snapshot: string | null } {
  const sink = {
    journal: new Uint8Array(0) as Uint8Array,
    snapshot: null as string | null,
    async append(bytes: Uint8Array) {
      const next = new Uint8Array(sink.journal.length + bytes.length);
      next.set(sink.journal);
      next.set(bytes, sink.journal.length);
      sink.journal = next;
    },
    async readJournals() {
      return [sink.journal];
    },
    async readSnapshot() {
      return sink.snapshot;
    },
    async readSnapshotFront() {
      return sink.snapshot?.slice(0, SNAPSHOT_HEADER_BYTES) ?? null;
    },
    async compact(text: string, keep: Uint8Array) {
      sink.snapshot = text;
      sink.journal = keep;
    },
  };
  return sink;
}
