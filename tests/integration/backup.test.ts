import { createHash } from 'node:crypto';
import * as realFs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackups } from '../../src/main/backups/index';
import type { BackupFile } from '../../src/shared/domains/backup/format';
import type { RpcClient } from '../../src/shared/rpc/client';
import type { ChangeEvent } from '../../src/shared/rpc/views';
import { FieldlineDB } from '../../src/shared/store/db';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

// Real IndexedDB work on a shared 2-core machine: generous limits, never a timing failure.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** Everything a backup holds except its own time stamp. */
const fingerprint = (backup: BackupFile) =>
  createHash('sha256').update(JSON.stringify(backup.tables)).digest('hex');

async function loaded(): Promise<{ harness: Harness; client: RpcClient; backup: BackupFile }> {
  const harness = await startHarness();
  const client = harness.connect();
  await client.call('sample.load', { count: 60, seed: 11 });
  const won = (await client.call('backup.export', {})).tables.deals.find((d) => d.status === 'won');
  if (won) await client.call('handoff.create', { dealId: won.id });
  const [deal] = (await client.call('backup.export', {})).tables.deals;
  await client.call('followUps.create', {
    dealId: deal!.id,
    dueAt: harness.clock.now() + 3_600_000,
    type: 'call',
    note: 'Ünïcödé "quotes" \n and <tags>',
  });
  return { harness, client, backup: await client.call('backup.export', {}) };
}

const harnesses: Harness[] = [];
async function track<T extends { harness: Harness }>(p: Promise<T>): Promise<T> {
  const value = await p;
  harnesses.push(value.harness);
  return value;
}
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

describe('backup export and restore through the store', () => {
  it('round trip: a restore into a fresh store is deep-equal to the source', async () => {
    const source = await track(loaded());
    expect(source.backup.counts.deals).toBe(60);
    expect(source.backup.counts.handoffs).toBeGreaterThan(0);
    const target = await track(startHarness().then((harness) => ({ harness, client: harness.connect() })));
    const before = await target.client.call('backup.export', {});
    expect(before.tables.deals).toEqual([]);
    // A staging database left behind by a restore that was interrupted (app killed).
    const factory = target.harness.host.db._options.indexedDB as unknown as IDBFactory;
    const leftover = new FieldlineDB({ name: 'fieldline-test-staging', indexedDB: factory, IDBKeyRange });
    await leftover.companies.add(source.backup.tables.companies[0]!);
    await leftover.companies.put({ ...source.backup.tables.companies[0]!, id: 'junk-from-last-time' });
    leftover.close();

    const events: ChangeEvent[] = [];
    target.harness.host.service.onChange((e) => events.push(e));
    const result = await target.client.call('backup.restore', { text: JSON.stringify(source.backup) });
    expect(result.counts).toEqual(source.backup.counts);

    const after = await target.client.call('backup.export', {});
    expect(after.tables).toEqual(source.backup.tables);
    expect(after.counts).toEqual(source.backup.counts);
    expect(after.tables.companies.some((c) => c.id === 'junk-from-last-time')).toBe(false);
    expect(events).toHaveLength(1);
    // Every data table, and the board's card projection the store rebuilt from them.
    expect([...events[0]!.tables].sort()).toEqual(
      [...Object.keys(source.backup.tables), 'cards', 'rollups'].sort(),
    );
    // The restored store works: the board reads the restored pipeline.
    const board = await target.client.call('board.get', {});
    expect(board.pipeline.id).toBe(source.backup.tables.pipelines[0]!.id);
    // The staging database is gone.
    const names = (await factory.databases()).map((d) => d.name);
    expect(names).toEqual(['fieldline-test']);
  });

  describe('bad backups are rejected and the current data is unchanged', () => {
    let store: { harness: Harness; client: RpcClient; backup: BackupFile };
    let good: string;
    beforeEach(async () => {
      store = await track(loaded());
      good = JSON.stringify(store.backup);
    });

    async function expectRejected(text: string, message: RegExp) {
      const before = fingerprint(await store.client.call('backup.export', {}));
      await expect(store.client.call('backup.restore', { text })).rejects.toMatchObject({
        code: 'invalid-input',
        message: expect.stringMatching(message),
      });
      expect(fingerprint(await store.client.call('backup.export', {}))).toBe(before);
    }

    it('a truncated file', async () => {
      await expectRejected(good.slice(0, Math.floor(good.length * 0.7)), /not valid JSON.*truncated/);
    });

    it('an altered record', async () => {
      const doc = JSON.parse(good) as BackupFile;
      (doc.tables.deals[5] as { value: unknown }).value = 'a lot';
      await expectRejected(JSON.stringify(doc), /deals: record 6 of 60 .*field "value"/);
    });

    it('a removed record (counts no longer match)', async () => {
      const doc = JSON.parse(good) as BackupFile;
      doc.tables.activities.pop();
      await expectRejected(JSON.stringify(doc), /activities: the file says/);
    });

    it('a deal moved to a stage that does not exist', async () => {
      await expectRejected(
        good.replace(/"stageId":"[^"]+"/, '"stageId":"stage-from-nowhere"'),
        /not a stage of its pipeline/,
      );
    });

    it('prototype-polluting keys', async () => {
      await expectRejected(
        good.replace('"deals":[{', '"deals":[{"__proto__":{"isAdmin":true},'),
        /forbidden key "__proto__"/,
      );
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      // "constructor"/"prototype" are ordinary data keys (the store accepts them): restoring them pollutes nothing.
      await store.client.call('backup.restore', {
        text: good.replace('"settings":[{', '"settings":[{"constructor":{"prototype":{"x":1}},'),
      });
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });

    it('an oversized file (over 200 MB)', async () => {
      // Straight to the service: copying 200 MB through a MessagePort is not what is tested.
      const before = fingerprint(await store.client.call('backup.export', {}));
      const text = ' '.repeat(200 * 1024 * 1024 + 1);
      await expect(store.harness.host.service.call('backup.restore', { text })).rejects.toMatchObject({
        code: 'invalid-input',
        message: expect.stringMatching(/larger than the 200 MB limit/),
      });
      expect(fingerprint(await store.client.call('backup.export', {}))).toBe(before);
    });

    it('a failure in the middle of the swap rolls everything back', async () => {
      const other = await track(loaded());
      const doc = JSON.parse(JSON.stringify(other.backup)) as BackupFile;
      doc.tables.deals.forEach((d) => (d.title = `Restored ${d.title}`.slice(0, 300)));
      const before = fingerprint(await store.client.call('backup.export', {}));
      const spy = vi
        .spyOn(store.harness.host.db.table('followUps'), 'bulkAdd')
        .mockRejectedValueOnce(new Error('disk gave up'));
      await expect(store.client.call('backup.restore', { text: JSON.stringify(doc) })).rejects.toThrow(
        'disk gave up',
      );
      spy.mockRestore();
      expect(fingerprint(await store.client.call('backup.export', {}))).toBe(before);
    });
  });
});

describe('backup files end to end (main backups service + store)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fieldline-backup-e2e-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('backs up to disk, refuses an altered file, restores a good one', async () => {
    const { harness, client } = await track(loaded());
    const backups = startBackups({ client, dir, fs: realFs, clock: harness.clock, log: () => undefined });
    try {
      const { file } = await backups.backupNow();
      const original = await readFile(file, 'utf8');
      expect(JSON.parse(original)).toMatchObject({ format: 'fieldline-backup', counts: { deals: 60 } });

      // Work continues after the backup: a deal is renamed.
      const doc = JSON.parse(original) as BackupFile;
      const deal = doc.tables.deals[0]!;
      await client.call('deals.update', { id: deal.id, patch: { title: 'Renamed after the backup' } });

      // A tampered copy (valid JSON, valid record) is refused by its checksum.
      await writeFile(file, original.replace(JSON.stringify(deal.title), JSON.stringify(`${deal.title}!`)));
      const before = fingerprint(await client.call('backup.export', {}));
      const refused = await backups.restore(file);
      expect(refused.restored).toBe(false);
      expect(refused.message).toContain('does not match its checksum');
      expect(fingerprint(await client.call('backup.export', {}))).toBe(before);

      // The untouched file restores the data as it was at backup time.
      await writeFile(file, original);
      const restored = await backups.restore(file);
      expect(restored.restored).toBe(true);
      const after = await client.call('backup.export', {});
      expect(after.tables.deals.find((d) => d.id === deal.id)?.title).toBe(deal.title);
      expect(after.tables).toEqual(doc.tables);
    } finally {
      backups.stop();
    }
  });
});
