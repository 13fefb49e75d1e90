/**
 * The one atomic file write of main (exports, backups and their checksums, the journal's
 * snapshot): a crash, a full disk or a power cut at any moment leaves the target either as it
 * was or complete, never half-written.
 *
 * The data goes to a temp file in the same folder, is flushed to disk (fsync) and renamed over
 * the target (atomic on one volume); then the folder is flushed too where the OS allows it. A
 * failure removes the temp file and leaves the target untouched.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of `node:fs/promises` an atomic write uses (injected in tests). */
export interface AtomicFs {
  open(file: string, flags: string): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
}

export const TEMP_SUFFIX = '.tmp';

/** `<target>.tmp`: for folders the app owns (its rotation sweeps leftovers). */
const tempBeside = (target: string) => `${target}${TEMP_SUFFIX}`;

/** A hidden, unique temp name: for the rep's own folders, where `<name>.tmp` may be theirs. */
export const uniqueTemp = (target: string) =>
  path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );

async function flushDir(fs: AtomicFs, dir: string) {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder to flush it; the rename is still atomic there.
  }
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: { fs?: AtomicFs; tempPath?: (target: string) => string } = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = (options.tempPath ?? tempBeside)(target);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await flushDir(fs, path.dirname(target));
}
