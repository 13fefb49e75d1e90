import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  sha256Hex,
  verifyBackup,
  writeBackupAtomic,
  type BackupFs,
  type FileHandleLike,
} from '../../../src/main/backups/writer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldline-writer-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

class Killed extends Error {}

/**
 * The real file system until the process "dies" during the data write: half the content
 * reaches the .tmp file, then every further operation fails (nothing runs after a kill,
 * not even the clean-up). Records every path touched after the kill began.
 */
function killedMidWrite(whenWriting: (file: string) => boolean) {
  let dead = false;
  const touched: string[] = [];
  const guard = (file: string) => {
    if (dead) {
      touched.push(file);
      throw new Killed(`process is gone (${file})`);
    }
  };
  const fs: BackupFs = {
    ...(realFs as BackupFs),
    async open(file, flags) {
      guard(file);
      const handle = await realFs.open(file, flags);
      const wrapped: FileHandleLike = {
        async writeFile(data, encoding) {
          guard(file);
          if (whenWriting(file)) {
            await handle.writeFile(data.slice(0, Math.floor(data.length / 2)), encoding);
            dead = true;
            throw new Killed('killed mid-write');
          }
          await handle.writeFile(data, encoding);
        },
        sync: async () => {
          guard(file);
          await handle.sync();
        },
        close: () => handle.close(), // the OS closes descriptors of a dead process
      };
      return wrapped;
    },
    async rename(from, to) {
      guard(to);
      await realFs.rename(from, to);
    },
    async rm(file, options) {
      guard(file);
      await realFs.rm(file, options);
    },
  };
  return { fs, touched };
}

describe('writeBackupAtomic', () => {
  it('writes the backup and a sha256sum-style checksum, leaving no temp files', async () => {
    const text = JSON.stringify({ hello: 'wörld' });
    const { file, sha256 } = await writeBackupAtomic(realFs, dir, 'b1.json', text);
    expect(file).toBe(path.join(dir, 'b1.json'));
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(await readFile(`${file}.sha256`, 'utf8')).toBe(`${sha256}  b1.json\n`);
    expect(sha256).toBe(sha256Hex(text));
    expect((await readdir(dir)).sort()).toEqual(['b1.json', 'b1.json.sha256']);
    await expect(verifyBackup(realFs, file)).resolves.toEqual({ status: 'ok', text });
  });

  it('a kill during the data write leaves the previous backup valid and untouched', async () => {
    const previous = await writeBackupAtomic(realFs, dir, 'old.json', '{"generation":1}');
    const before = await readFile(previous.file);
    const { fs, touched } = killedMidWrite((file) => file.endsWith('new.json.tmp'));
    const text = JSON.stringify({ generation: 2, pad: 'x'.repeat(10_000) });
    await expect(writeBackupAtomic(fs, dir, 'new.json', text)).rejects.toThrow(Killed);
    // Nothing under the new backup's name, only the partial temp file (and the checksum written first).
    const names = (await readdir(dir)).sort();
    expect(names).toContain('new.json.tmp');
    expect(names).not.toContain('new.json');
    expect(await readFile(path.join(dir, 'new.json.tmp'), 'utf8')).toBe(text.slice(0, text.length / 2));
    // The previous backup: same bytes, checksum still matches, never touched.
    expect(await readFile(previous.file)).toEqual(before);
    await expect(verifyBackup(realFs, previous.file)).resolves.toMatchObject({ status: 'ok' });
    expect(touched.filter((f) => f.includes('old.json'))).toEqual([]);
  });

  it('a kill while writing the checksum leaves no backup under the new name', async () => {
    await writeBackupAtomic(realFs, dir, 'old.json', '{"generation":1}');
    const { fs } = killedMidWrite((file) => file.endsWith('new.json.sha256.tmp'));
    await expect(writeBackupAtomic(fs, dir, 'new.json', '{"generation":2}')).rejects.toThrow(Killed);
    const names = await readdir(dir);
    expect(names).not.toContain('new.json');
    expect(names).not.toContain('new.json.sha256');
    await expect(verifyBackup(realFs, path.join(dir, 'old.json'))).resolves.toMatchObject({ status: 'ok' });
  });

  it('a failed write (disk full) removes its temp file and keeps the previous backup', async () => {
    await writeBackupAtomic(realFs, dir, 'old.json', '{"generation":1}');
    const fs: BackupFs = {
      ...(realFs as BackupFs),
      async open(file, flags) {
        const handle = await realFs.open(file, flags);
        return {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await expect(writeBackupAtomic(fs, dir, 'new.json', '{}')).rejects.toThrow('ENOSPC');
    expect((await readdir(dir)).sort()).toEqual(['old.json', 'old.json.sha256']);
  });
});

describe('verifyBackup', () => {
  it('detects a changed byte', async () => {
    const { file } = await writeBackupAtomic(realFs, dir, 'b.json', '{"value":100}');
    await writeFile(file, '{"value":900}');
    const result = await verifyBackup(realFs, file);
    expect(result.status).toBe('mismatch');
  });

  it('detects a truncated file', async () => {
    const { file } = await writeBackupAtomic(realFs, dir, 'b.json', '{"value":100}');
    await writeFile(file, '{"value":1');
    expect((await verifyBackup(realFs, file)).status).toBe('mismatch');
  });

  it('reports a file with no checksum beside it', async () => {
    const file = path.join(dir, 'picked.json');
    await writeFile(file, '{}');
    await expect(verifyBackup(realFs, file)).resolves.toEqual({ status: 'no-checksum', text: '{}' });
  });
});
