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
  /** The newest complete snapshot, or null. */
  readSnapshot(): Promise<string | null>;
  /** Writes `text` as the snapshot (atomically), then drops this sink's journal records up to it. */
  compact(text: string, keep: Uint8Array): Promise<void>;
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
    async compact(text: string, keep: Uint8Array) {
      sink.snapshot = text;
      sink.journal = keep;
    },
  };
  return sink;
}
