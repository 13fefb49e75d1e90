/**
 * Writing backup files so that a crash, a full disk or a power cut at any moment leaves
 * every earlier backup intact and never leaves a half-written file under a backup's name.
 *
 * Each file goes to `<name>.tmp`, is flushed to disk (fsync), then renamed over `<name>`
 * (atomic on the same volume); the folder is flushed too where the OS allows it. The
 * checksum file `<name>.sha256` (sha256sum format) is written the same way, and FIRST:
 * so a backup never exists without its checksum. A crash between the two leaves only an
 * orphan checksum, which rotation removes.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface FileHandleLike {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of `node:fs/promises` the backup service uses (injected in tests). */
export interface BackupFs {
  open(file: string, flags: string): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number; mtimeMs: number }>;
}

export const CHECKSUM_SUFFIX = '.sha256';
export const TEMP_SUFFIX = '.tmp';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function flushDir(fs: BackupFs, dir: string) {
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

/** Write `data` to `target` through `target.tmp` + fsync + rename. */
export async function writeFileAtomic(fs: BackupFs, target: string, data: string): Promise<void> {
  const temp = `${target}${TEMP_SUFFIX}`;
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

/** Write a backup `name` and its checksum into `dir`; returns the backup's full path. */
export async function writeBackupAtomic(
  fs: BackupFs,
  dir: string,
  name: string,
  text: string,
): Promise<{ file: string; sha256: string }> {
  const file = path.join(dir, name);
  const sha256 = sha256Hex(text);
  await writeFileAtomic(fs, `${file}${CHECKSUM_SUFFIX}`, `${sha256}  ${name}\n`);
  await writeFileAtomic(fs, file, text);
  return { file, sha256 };
}

export type VerifyResult =
  | { status: 'ok'; text: string }
  | { status: 'no-checksum'; text: string }
  | { status: 'mismatch'; text: string; expected: string; actual: string };

/** Read a backup and compare it with the checksum beside it, when there is one. */
export async function verifyBackup(fs: BackupFs, file: string): Promise<VerifyResult> {
  const text = await fs.readFile(file, 'utf8');
  let recorded: string;
  try {
    recorded = await fs.readFile(`${file}${CHECKSUM_SUFFIX}`, 'utf8');
  } catch (error) {
    if ((error as { code?: string } | null)?.code === 'ENOENT') return { status: 'no-checksum', text };
    throw error;
  }
  const expected = (recorded.trim().split(/\s+/)[0] ?? '').toLowerCase();
  const actual = sha256Hex(text);
  return expected === actual ? { status: 'ok', text } : { status: 'mismatch', text, expected, actual };
}
