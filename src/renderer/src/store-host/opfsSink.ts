/**
 * Browser mode's journal: the Origin Private File System, written from the store's dedicated
 * worker with synchronous access handles and `flush()` (durable before the caller hears "done").
 * Every tab's worker has a journal file of its own (an access handle is exclusive); the
 * snapshot is shared. Reading gathers every tab's file.
 *   fieldline-journal/journal-<tab>.bin    this tab's records since its last compaction (a closed
 *                                          tab's: removed by a compaction that covers it, or by a
 *                                          later start if it is empty)
 *   fieldline-journal/snapshot-<seq>-<id>-<n>bytes.json  the newest complete snapshot (older ones
 *                                          are removed); a file holding other than n bytes was cut
 *                                          off by a kill and is never read as a snapshot
 */
import {
  readSnapshotHeader,
  SNAPSHOT_HEADER_BYTES,
  type SnapshotHeader,
} from '../../../shared/journal/journal';
import { scanJournal, scanJournalFile } from '../../../shared/journal/records';
import type { JournalPlaces, JournalSink } from '../../../shared/journal/sink';

interface SyncHandle {
  read(buffer: Uint8Array, options?: { at: number }): number;
  write(buffer: Uint8Array, options?: { at: number }): number;
  truncate(size: number): void;
  getSize(): number;
  flush(): void;
  close(): void;
}
type FileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncHandle> };
type DirHandle = FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };

const DIR = 'fieldline-journal';
/** seq, and the byte length the whole file has (absent in names written before it was added). */
const SNAPSHOT = /^snapshot-(\d+)-[\w-]+?(?:-(\d+)bytes)?\.json$/;
const JOURNAL = /^journal-[\w-]+\.bin$/;

/** An empty journal file at least this old (ms) is a closed tab's, or locked by a live one (`dropEmpty`). */
const EMPTY_JOURNAL_AGE_MS = 60_000;

/** A task's pause: what else the worker has to do (a save's append) runs between two chunks. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Characters per chunk of a snapshot's text: encoded and written a chunk per task. */
export const SNAPSHOT_CHUNK = 1 << 20;

/** `text` as UTF-8, a chunk per task, never splitting a surrogate pair between two chunks. */
export async function encodeInChunks(text: string, chunk = SNAPSHOT_CHUNK): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(from + chunk, text.length);
    const last = text.charCodeAt(to - 1);
    // A high surrogate last: it goes with its pair (into this chunk when the chunk would be empty).
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to += to - 1 > from ? -1 : 1;
    out.push(encoder.encode(text.slice(from, to)));
    from = to;
    if (from < text.length) await nextTask();
  }
  return out;
}

/** Writes `chunks` as the whole of `file`, a chunk per task, flushed once at the end. */
async function writeChunks(file: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  const handle = await file.createSyncAccessHandle();
  try {
    handle.truncate(0);
    let at = 0;
    for (const bytes of chunks) {
      handle.write(bytes, { at });
      at += bytes.length;
      await nextTask();
    }
    handle.flush();
  } finally {
    handle.close();
  }
}

export async function opfsSink(): Promise<JournalSink> {
  const root = await navigator.storage.getDirectory();
  const dir = (await root.getDirectoryHandle(DIR, { create: true })) as DirHandle;
  const ownName = `journal-${crypto.randomUUID()}.bin`;
  const own = await (
    (await dir.getFileHandle(ownName, { create: true })) as FileHandle
  ).createSyncAccessHandle();
  /**
   * Where this tab's file ends (only this tab writes it: its handle is exclusive), kept rather
   * than asked for at each append — a save's append is then a write and a flush, each a call
   * into the browser's file system.
   */
  let end = own.getSize();
  /** Write `bytes` at `at` (the file then ends after them); after a failed write, ask where it ends. */
  const writeOwn = (bytes: Uint8Array, at: number) => {
    try {
      end = at + own.write(bytes, { at });
    } catch (error) {
      end = own.getSize();
      throw error;
    }
  };

  async function listing(): Promise<[string, FileSystemHandle][]> {
    const found: [string, FileSystemHandle][] = [];
    for await (const entry of dir.entries()) found.push(entry);
    return found;
  }
  const names = async () => (await listing()).map(([name]) => name);
  /** The other tabs' journal files (and closed tabs'), with the handles the listing gave. */
  const otherJournals = async () =>
    (await listing()).filter(
      ([name, handle]) => JOURNAL.test(name) && name !== ownName && handle.kind === 'file',
    );
  const readOwn = () => {
    const bytes = new Uint8Array(own.getSize());
    own.read(bytes, { at: 0 });
    return bytes;
  };
  /** Snapshot files, newest first, with the byte length each must have to be whole (when named). */
  const snapshotsNewestFirst = async () =>
    (await names())
      .map((name) => {
        const match = SNAPSHOT.exec(name);
        return { name, seq: Number(match?.[1] ?? NaN), size: match?.[2] ? Number(match[2]) : null };
      })
      .filter((s) => Number.isFinite(s.seq))
      .sort((a, b) => b.seq - a.seq);
  /** The headers of the snapshots `writeSnapshot` wrote, until `dropBefore` takes them. */
  const headers = new Map<string, SnapshotHeader>();
  const readFile = async (name: string): Promise<Uint8Array> => {
    const file = await (await dir.getFileHandle(name)).getFile();
    return new Uint8Array(await file.arrayBuffer());
  };
  /**
   * Another start's journal file that never held a record (a tab opened and closed without a
   * save): nothing to keep, yet every later start would list and open it again until a compaction
   * (which only a save brings) took it. A live tab's file is locked by its access handle, so
   * removing it fails and it stays; one made in the last minute is left too, in case its tab has
   * not yet opened that handle.
   */
  const dropEmpty = async (name: string, file: File): Promise<void> => {
    if (Date.now() - file.lastModified < EMPTY_JOURNAL_AGE_MS) return;
    await dir.removeEntry(name).catch(() => undefined);
  };
  /** Another tab's journal file's record places, read from headers and fronts only (scanJournalFile). */
  const scanFile = async (name: string): Promise<JournalPlaces> => scanHandle(await dir.getFileHandle(name));
  const scanHandle = async (handle: FileSystemFileHandle): Promise<JournalPlaces> => {
    const file = await handle.getFile();
    if (file.size === 0) await dropEmpty(handle.name, file);
    const read = async (at: number, length: number) =>
      new Uint8Array(await file.slice(at, at + length).arrayBuffer());
    return { places: await scanJournalFile(file.size, read), bytes: file.size };
  };

  const writeSnapshot = async (text: string): Promise<string> => {
    const header = readSnapshotHeader(text);
    if (!header) throw new Error('a snapshot needs its journal header');
    const chunks = await encodeInChunks(text);
    const size = chunks.reduce((n, c) => n + c.length, 0);
    const name = `snapshot-${header.seq}-${crypto.randomUUID()}-${size}bytes.json`;
    // Written under a name no reader takes, then renamed: a kill mid-write leaves no torn
    // snapshot whose header (at the front) would pass for a whole one. Where the browser
    // cannot rename, it is written in place, and the length in its name tells a cut-off one.
    const partial = (await dir.getFileHandle(`${name}.partial`, { create: true })) as FileHandle & {
      move?: (name: string) => Promise<void>;
    };
    try {
      await writeChunks(partial, chunks);
      if (!partial.move) throw new Error('no rename here');
      await partial.move(name);
    } catch {
      await dir.removeEntry(`${name}.partial`).catch(() => undefined);
      await writeChunks((await dir.getFileHandle(name, { create: true })) as FileHandle, chunks);
    }
    headers.set(name, header);
    return name;
  };

  const dropBefore = async (name: string, keep: Uint8Array): Promise<void> => {
    const header = headers.get(name);
    if (!header) throw new Error(`no snapshot ${name} was written here`);
    headers.delete(name);
    own.truncate(0);
    writeOwn(keep, 0);
    own.flush();
    for (const other of await names()) {
      const older = SNAPSHOT.test(other) && other !== name && Number(SNAPSHOT.exec(other)?.[1]) <= header.seq;
      if (older || other.endsWith('.partial')) await dir.removeEntry(other).catch(() => undefined);
      // Another tab's journal goes only when the snapshot covers every record in it.
      if (JOURNAL.test(other) && other !== ownName) {
        // From each record's place alone (nothing decoded; it also walks past damage).
        const { places } = await scanFile(other).catch(() => ({ places: null }));
        const covered = places !== null && places.every((p) => p.dbId === header.dbId && p.seq <= header.seq);
        if (covered) await dir.removeEntry(other).catch(() => undefined);
      }
    }
  };

  return {
    async append(bytes) {
      writeOwn(bytes, end);
      own.flush();
    },
    async readJournals() {
      const journals: Uint8Array[] = [readOwn()];
      for (const name of await names()) {
        if (!JOURNAL.test(name) || name === ownName) continue;
        // Another tab's file (or a closed tab's): read it if the browser lets us.
        journals.push(await readFile(name).catch(() => new Uint8Array(0)));
      }
      return journals;
    },
    async readJournalPlaces() {
      const own = readOwn();
      // Every other file at once, from the listing's handles: a start after many starts meets as many
      // files (each start's own, until a compaction), and one after the other, looking each up by
      // name, they cost two round trips each to the browser's file system, in front of the board.
      const others = await Promise.all(
        (await otherJournals()).map(([, handle]) =>
          // As readJournals: a file the browser will not let us read counts as empty.
          scanHandle(handle as FileSystemFileHandle).catch(() => ({ places: [], bytes: 0 })),
        ),
      );
      return [{ places: scanJournal(own), bytes: own.length }, ...others];
    },
    async readSnapshot() {
      for (const { name, size } of await snapshotsNewestFirst()) {
        const bytes = await readFile(name).catch(() => new Uint8Array(0));
        // A newer one cut off by a kill is skipped: its header, at the front, may well be whole.
        if (size !== null && bytes.length !== size) continue;
        const text = new TextDecoder().decode(bytes);
        if (readSnapshotHeader(text)) return text;
      }
      return null;
    },
    async readSnapshotFront() {
      // The same snapshot readSnapshot takes, but only its first bytes (it can be 100s of MB).
      const snapshots = await snapshotsNewestFirst();
      for (const { name, size } of snapshots) {
        const file = await (await dir.getFileHandle(name)).getFile().catch(() => null);
        if (!file || (size !== null && file.size !== size)) continue;
        const front = await file.slice(0, SNAPSHOT_HEADER_BYTES).text();
        if (readSnapshotHeader(front)) return front;
        return ''; // an older layout (header not at the front): the reader reads it whole
      }
      return snapshots.length > 0 ? '' : null;
    },
    async compact(text, keep) {
      await dropBefore(await writeSnapshot(text), keep);
    },
    writeSnapshot,
    dropBefore,
  };
}
