import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackups } from '../../../src/main/backups/index';
import { backupName } from '../../../src/main/backups/rotation';
import { writeBackupAtomic } from '../../../src/main/backups/writer';
import type { RpcClient } from '../../../src/shared/rpc/client';
import { RpcError } from '../../../src/shared/rpc/protocol';
import type { ChangeEvent } from '../../../src/shared/rpc/views';

const DAY = 86_400_000;
const MIN = 60_000;
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'fieldline-backups-')), 'backups');
});
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

function harness(start = new Date(2025, 5, 15, 9, 30, 0).getTime(), preUpgrade: string | null = null) {
  const time = { now: start };
  const timers = new Map<number, { at: number; fn: () => void }>();
  let seq = 0;
  const calls: { method: string; input: unknown }[] = [];
  const listeners = new Set<(e: ChangeEvent) => void>();
  let restoreError: RpcError | null = null;
  const client = {
    async call(method: string, input: unknown) {
      calls.push({ method, input });
      if (method === 'backup.takePreUpgrade') return { text: preUpgrade };
      if (method === 'backup.export')
        return { format: 'fieldline-backup', exportedAt: time.now, tables: { deals: [{ id: 'd1' }] } };
      if (method === 'backup.restore') {
        if (restoreError) throw restoreError;
        return { counts: { deals: 4, followUps: 2 } };
      }
      throw new Error(`unexpected ${method}`);
    },
    on(_event: string, listener: (e: ChangeEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as RpcClient;
  const backups = startBackups({
    client,
    dir,
    clock: { now: () => time.now },
    timers: {
      setTimeout: (fn, ms) => (timers.set(++seq, { at: time.now + ms, fn }), seq),
      clearTimeout: (h) => void timers.delete(h as number),
    },
    log: () => undefined,
    maxRestoreBytes: 10_000,
  });
  async function advance(ms: number) {
    time.now += ms;
    for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > time.now) continue;
      timers.delete(id);
      t.fn();
      await flush();
    }
    await flush();
  }
  const emit = (e: ChangeEvent) => listeners.forEach((l) => l(e));
  const count = (method: string) => calls.filter((c) => c.method === method).length;
  return {
    backups,
    time,
    calls,
    count,
    emit,
    advance,
    failRestore: (e: RpcError) => (restoreError = e),
    listeners,
    pendingTimers: () => timers.size,
  };
}

/** Wait until `n` backups are on disk (automatic backups run in the background). */
async function settled(h: ReturnType<typeof harness>, n = 1) {
  await vi.waitFor(async () => expect(await h.backups.list()).toHaveLength(n), {
    timeout: 4_000,
    interval: 5,
  });
}

describe('startBackups', () => {
  it('writes a start-up backup with its checksum into a new folder', async () => {
    const h = harness();
    await settled(h);
    const listed = await h.backups.list();
    expect(listed).toHaveLength(1);
    expect(path.basename(listed[0]!.file)).toBe('fieldline-20250615-093000.json');
    expect(listed[0]!.createdAt).toBe(h.time.now);
    const text = await readFile(listed[0]!.file, 'utf8');
    expect(listed[0]!.size).toBe(Buffer.byteLength(text));
    expect(JSON.parse(text)).toMatchObject({ format: 'fieldline-backup' });
    expect((await readdir(dir)).sort()).toEqual([
      'fieldline-20250615-093000.json',
      'fieldline-20250615-093000.json.sha256',
    ]);
    h.backups.stop();
  });

  it('backs up again 15 minutes after a change, and never on its own reminder marks', async () => {
    const h = harness();
    await settled(h);
    h.emit({ tables: ['followUps'], method: 'followUps.claimDue', silent: true, dealIds: [] });
    expect(h.pendingTimers()).toBe(0);
    await h.advance(20 * MIN);
    expect(h.count('backup.export')).toBe(1);
    h.emit({ tables: ['deals'], method: 'deals.update', silent: false, dealIds: ['d1'] });
    expect(h.pendingTimers()).toBe(1);
    await h.advance(16 * MIN);
    await settled(h, 2);
    expect(h.count('backup.export')).toBe(2);
    h.backups.stop();
    expect(h.listeners.size).toBe(0);
  });

  it('names a second backup within the same second distinctly', async () => {
    const h = harness();
    await settled(h);
    const { file } = await h.backups.backupNow();
    expect(path.basename(file)).toBe('fieldline-20250615-093000-2.json');
    h.backups.stop();
  });

  it('rotates: deletes old backups with their checksums and cleans interrupted writes', async () => {
    const now = new Date(2025, 5, 15, 9, 30, 0).getTime();
    await realFs.mkdir(dir, { recursive: true });
    for (const daysAgo of [1, 5, 12, 20, 30])
      await writeBackupAtomic(realFs, dir, backupName(now - daysAgo * DAY), '{}');
    await writeFile(path.join(dir, `${backupName(now - 2 * DAY)}.tmp`), '{"half');
    await writeFile(path.join(dir, `${backupName(now - 3 * DAY)}.sha256`), 'abc  x\n');
    await writeFile(path.join(dir, 'my-notes.txt'), 'keep me');
    const h = harness(now);
    await settled(h, 3); // the start-up backup, after rotation: today, 1 and 5 days ago
    await h.backups.backupNow(); // runs after the start-up backup

    const names = (await readdir(dir)).sort();
    const kept = [0, 1, 5].map((d) => backupName(now - d * DAY));
    expect(names).toEqual(
      [
        ...kept,
        ...kept.map((n) => `${n}.sha256`),
        'fieldline-20250615-093000-2.json',
        'fieldline-20250615-093000-2.json.sha256',
        'my-notes.txt',
      ].sort(),
    );
    h.backups.stop();
  });

  it('keeps the last good backup before a sharp shrink even when newer small ones fill the newest 3', async () => {
    const now = new Date(2025, 5, 15, 9, 30, 0).getTime();
    await realFs.mkdir(dir, { recursive: true });
    const big = JSON.stringify({
      tables: { deals: Array.from({ length: 2000 }, (_, i) => ({ id: `deal-${i}` })) },
    });
    for (const daysAgo of [30, 40, 50])
      await writeBackupAtomic(realFs, dir, backupName(now - daysAgo * DAY), big);
    const h = harness(now);
    const names = async () => (await h.backups.list()).map((e) => path.basename(e.file));
    await vi.waitFor(async () => expect(await names()).toContain(backupName(now)), {
      timeout: 4_000,
      interval: 5,
    }); // the small start-up backup
    await h.backups.backupNow();
    await h.backups.backupNow();
    // Newest 3: the three small ones. 30 days ago is the state before the shrink: kept, flagged.
    // 40 and 50 days ago are older than 10 days and not protected: gone.
    const listed = await h.backups.list();
    expect(listed.map((e) => [path.basename(e.file), e.shrunk, e.beforeShrink])).toEqual([
      [backupName(now, 3), false, false],
      [backupName(now, 2), false, false],
      [backupName(now), true, false],
      [backupName(now - 30 * DAY), false, true],
    ]);
    h.backups.stop();
  });

  it('saves the snapshot taken before a schema upgrade before the start-up backup', async () => {
    const h = harness(undefined, '{"format":"fieldline-backup","before":"upgrade"}');
    await settled(h, 2);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    expect(names).toHaveLength(2);
    expect(await readFile(path.join(dir, names[0]!), 'utf8')).toBe(
      '{"format":"fieldline-backup","before":"upgrade"}',
    );
    expect(h.calls.map((c) => c.method).slice(0, 2)).toEqual(['backup.takePreUpgrade', 'backup.export']);
    h.backups.stop();
  });

  it('restore: takes a safety backup, then restores the verified text', async () => {
    const h = harness();
    await settled(h);
    const source = path.join(path.dirname(dir), 'picked.json');
    await writeBackupAtomic(realFs, path.dirname(dir), 'picked.json', '{"the":"backup"}');
    const result = await h.backups.restore(source);
    expect(result).toEqual({
      restored: true,
      message:
        'Restored 4 deals and 2 follow-ups from "picked.json". Your data from before is kept in "fieldline-20250615-093000-2.json".',
    });
    expect(h.calls.map((c) => c.method)).toEqual([
      'backup.takePreUpgrade',
      'backup.export',
      'backup.export',
      'backup.restore',
    ]);
    expect(h.calls.at(-1)?.input).toEqual({ text: '{"the":"backup"}' });
    h.backups.stop();
  });

  it('restore refuses a file that does not match its checksum, touching nothing', async () => {
    const h = harness();
    await settled(h);
    const { file } = await writeBackupAtomic(realFs, path.dirname(dir), 'picked.json', '{"value":1}');
    await writeFile(file, '{"value":2}');
    const result = await h.backups.restore(file);
    expect(result.restored).toBe(false);
    expect(result.message).toContain('does not match its checksum');
    expect(result.message).toContain('your data is unchanged');
    expect(h.count('backup.restore')).toBe(0);
    h.backups.stop();
  });

  it('restore refuses an oversized file before reading it', async () => {
    const h = harness();
    await settled(h);
    const file = path.join(path.dirname(dir), 'huge.json');
    await writeFile(file, 'x'.repeat(10_001));
    const result = await h.backups.restore(file);
    expect(result.restored).toBe(false);
    expect(result.message).toMatch(/larger than the 10 KB/);
    expect(h.count('backup.restore')).toBe(0);
    h.backups.stop();
  });

  it('restore passes on the store refusal and a missing file, never throwing', async () => {
    const h = harness();
    await settled(h);
    const file = path.join(path.dirname(dir), 'plain.json');
    await writeFile(file, '{}');
    h.failRestore(new RpcError('invalid-input', 'This backup cannot be restored: the file is empty.'));
    const refused = await h.backups.restore(file);
    expect(refused).toEqual({
      restored: false,
      message:
        'This backup cannot be restored: the file is empty. Nothing was restored; your data is unchanged.',
    });
    const missing = await h.backups.restore(path.join(dir, 'nope.json'));
    expect(missing.restored).toBe(false);
    expect(missing.message).toContain('could not be read');
    h.backups.stop();
  });
});
