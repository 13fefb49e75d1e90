/**
 * Writing backup files so that a crash, a full disk or a power cut at any moment leaves
 * every earlier backup intact and never leaves a half-written file under a backup's name.
 *
 * Each file is written with main's one atomic write (../atomicWrite.ts: `<name>.tmp`, fsync,
 * rename over `<name>`, flush the folder). The checksum file `<name>.sha256` (sha256sum format) is written the same way, and FIRST:
 * so a backup never exists without its checksum. A crash between the two leaves only an
 * orphan checksum, which rotation removes.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic, type AtomicFileHandle, type AtomicFs } from '../atomicWrite';

export type FileHandleLike = AtomicFileHandle;

/** The part of `node:fs/promises` the backup service uses (injected in tests). */
export interface BackupFs extends AtomicFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number; mtimeMs: number }>;
}

export const CHECKSUM_SUFFIX = '.sha256';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
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
  await writeFileAtomic(`${file}${CHECKSUM_SUFFIX}`, `${sha256}  ${name}\n`, { fs });
  await writeFileAtomic(file, text, { fs });
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
