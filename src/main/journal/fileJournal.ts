/**
 * The desktop app's journal: files in userData/journal, written by main and fsynced before the
 * store host hears "done" (src/shared/journal). One journal file (one store host at a time);
 * the snapshot is replaced atomically (temp file, fsync, rename, fsync the folder).
 *   journal.bin     records since the last compaction
 *   snapshot.json   the newest complete snapshot (a backup document with a journal header)
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { SNAPSHOT_HEADER_BYTES } from '../../shared/journal/journal';
import { scanJournalFile } from '../../shared/journal/records';
import type { JournalSink } from '../../shared/journal/sink';
import { writeFileAtomic } from '../atomicWrite';

type Fs = Pick<typeof nodeFs, 'open' | 'readFile' | 'rename' | 'mkdir' | 'rm'>;

/** Writes `data` to `file` (flags 'w' replace, 'a' append) and fsyncs it before resolving. */
async function writeSynced(fs: Fs, file: string, flags: 'w' | 'a', data: Uint8Array | string): Promise<void> {
  const handle = await fs.open(file, flags);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readOr<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string } | null)?.code === 'ENOENT') return fallback;
    throw error;
  }
}

export function fileJournal(dir: string, fs: Fs = nodeFs): JournalSink {
  const journal = path.join(dir, 'journal.bin');
  const snapshot = path.join(dir, 'snapshot.json');
  let ready: Promise<unknown> | null = null;
  const ensureDir = () => (ready ??= fs.mkdir(dir, { recursive: true }));
  return {
    async append(bytes) {
      await ensureDir();
      await writeSynced(fs, journal, 'a', bytes);
    },
    async readJournals() {
      return [await readOr(async () => new Uint8Array(await fs.readFile(journal)), new Uint8Array(0))];
    },
    async readJournalPlaces() {
      // The records' headers and fronts only (an import of 10,000 deals is one record of 30 MB).
      const none = { places: [], bytes: 0 };
      return [
        await readOr(async () => {
          const handle = await fs.open(journal, 'r');
          try {
            const { size } = await handle.stat();
            const read = async (at: number, length: number) => {
              const bytes = new Uint8Array(length);
              const { bytesRead } = await handle.read(bytes, 0, length, at);
              return bytes.subarray(0, bytesRead);
            };
            return { places: await scanJournalFile(size, read), bytes: size };
          } finally {
            await handle.close();
          }
        }, none),
      ];
    },
    async readSnapshot() {
      return readOr(() => fs.readFile(snapshot, 'utf8'), null);
    },
    async readSnapshotFront() {
      // Its first bytes only, where the header is (the file is replaced whole, never torn).
      return readOr(async () => {
        const handle = await fs.open(snapshot, 'r');
        try {
          const bytes = new Uint8Array(SNAPSHOT_HEADER_BYTES);
          const { bytesRead } = await handle.read(bytes, 0, SNAPSHOT_HEADER_BYTES, 0);
          return new TextDecoder().decode(bytes.subarray(0, bytesRead));
        } finally {
          await handle.close();
        }
      }, null);
    },
    async compact(text, keep) {
      await ensureDir();
      await writeFileAtomic(snapshot, text, { fs });
      await writeFileAtomic(journal, keep, { fs });
    },
  };
}
