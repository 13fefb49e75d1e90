import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBackup, type BackupTables } from '../../src/shared/domains/backup/format';
import { createDefaultPipeline, defaultSettings } from '../../src/shared/engine';
import { makeCompany, makeDeal } from '../../src/shared/model';
import { createRpcClient, type RpcClient } from '../../src/shared/rpc/client';
import { fromMessagePort, type PortLike } from '../../src/shared/rpc/endpoint';
import { createRpcServer } from '../../src/shared/rpc/server';
import {
  activeDatabaseName,
  POINTER_DB,
  setActiveDatabaseName,
} from '../../src/shared/domains/recovery/pointer';
import { openStoreOrRecovery, type ServedStore } from '../../src/shared/domains/recovery/service';
import { TABLE_NAMES } from '../../src/shared/store/schema';

const NOW = Date.UTC(2026, 2, 3, 10, 0, 0);
const clock = { now: () => NOW };
let counter = 0;
const newId = () => `r-${++counter}`;

const pipeline = createDefaultPipeline(() => `p-${++counter}`, NOW);
const company = makeCompany({ id: 'c1', name: 'Nordwind Logistics' }, NOW);
const deal = makeDeal(
  {
    id: 'd1',
    pipelineId: pipeline.id,
    stageId: pipeline.stages[1]!.id,
    title: 'Fleet pilot',
    source: 'event',
    companyId: 'c1',
    companyName: 'Nordwind Logistics',
  },
  NOW,
);

function rawOpen(factory: IDBFactory, name: string, version: number, stores: Record<string, string>) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = () => {
      for (const [store, keyPath] of Object.entries(stores)) req.result.createObjectStore(store, { keyPath });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function put(db: IDBDatabase, store: string, rows: unknown[]) {
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    for (const row of rows) tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * A database Dexie refuses to open: the same version number as ours, but its `deals` table
 * is keyed by another field (an UpgradeError) and several tables are missing.
 */
async function damagedDatabase(factory: IDBFactory) {
  const db = await rawOpen(factory, 'fieldline', 10, {
    deals: 'uuid',
    pipelines: 'id',
    companies: 'id',
    settings: 'key',
  });
  await put(db, 'deals', [{ ...deal, uuid: 'u1' }]);
  await put(db, 'pipelines', [pipeline]);
  await put(db, 'companies', [company, { id: 'c2', name: 42 }]);
  db.close();
}

/** Everything in a database, read raw: its version, tables and every record. */
async function dump(factory: IDBFactory, name: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const stores = [...db.objectStoreNames];
  const records: Record<string, unknown[]> = {};
  for (const store of stores) {
    records[store] = await new Promise((resolve, reject) => {
      const req = db.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  const version = db.version;
  db.close();
  return { version, stores, records };
}

function backupText(): string {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
  tables.pipelines = [pipeline];
  tables.settings = [{ key: 'settings', value: defaultSettings() }];
  tables.companies = [company];
  tables.deals = [{ ...deal, title: 'Fleet pilot (from backup)' }];
  return JSON.stringify(buildBackup(tables, NOW - 1000));
}

const opened: ServedStore[] = [];
const clients: RpcClient[] = [];
async function serve(factory: IDBFactory) {
  const served = await openStoreOrRecovery({ indexedDB: factory, IDBKeyRange, clock, newId });
  opened.push(served);
  const server = createRpcServer(served.service);
  const channel = new MessageChannel();
  server.connect(fromMessagePort(channel.port1 as unknown as PortLike));
  const client = createRpcClient(fromMessagePort(channel.port2 as unknown as PortLike));
  clients.push(client);
  return { served, client };
}

// Dexie warns on the console each time it meets the damaged schema; that is the point here.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => {
  vi.restoreAllMocks();
  clients.splice(0).forEach((c) => c.close());
  opened.splice(0).forEach((s) => s.host()?.db.close());
});

describe('recovery when the database cannot be opened', () => {
  it('reports why, and every ordinary call answers unavailable with openFailed', async () => {
    const factory = new IDBFactory();
    await damagedDatabase(factory);
    const { client } = await serve(factory);
    const status = await client.call('recovery.status', {});
    expect(status.database).toBe('fieldline');
    expect(status.reason).toMatch(/structure of the database is damaged/);
    await expect(client.call('board.get', {})).rejects.toMatchObject({
      code: 'unavailable',
      details: { openFailed: true },
    });
    expect(await client.call('recovery.retry', {})).toEqual({ reason: status.reason });
  });

  it('exports what can be read, table by table, and says what was left out', async () => {
    const factory = new IDBFactory();
    await damagedDatabase(factory);
    const before = await dump(factory, 'fieldline');
    const { client } = await serve(factory);
    const readable = await client.call('recovery.exportReadable', {});
    const doc = JSON.parse(readable.text) as {
      format: string;
      tables: Record<string, { id?: string; title?: string }[]>;
    };
    expect(doc.format).toBe('fieldline-backup');
    expect(doc.tables.deals!.map((d) => d.title)).toEqual(['Fleet pilot']);
    expect(doc.tables.pipelines!.map((p) => p.id)).toEqual([pipeline.id]);
    expect(doc.tables.companies!.map((c) => c.id)).toEqual(['c1']);
    expect(readable.counts).toMatchObject({ deals: 1, pipelines: 1, companies: 1, contacts: 0 });
    expect(readable.skipped).toEqual([
      'companies: 1 of 2 records were damaged and left out',
      'contacts: the table is missing',
      'activities: the table is missing',
      'followUps: the table is missing',
      'stageHistory: the table is missing',
      'handoffs: the table is missing',
    ]);
    expect(await dump(factory, 'fieldline')).toEqual(before);
  });

  it('restores into a new database that becomes the active one; the damaged one is untouched', async () => {
    const factory = new IDBFactory();
    await damagedDatabase(factory);
    const before = await dump(factory, 'fieldline');
    const { client } = await serve(factory);
    const restored = await client.call('recovery.restore', { text: backupText() });
    expect(restored).toEqual({
      database: `fieldline-restored-${NOW}`,
      counts: expect.objectContaining({ deals: 1, pipelines: 1, settings: 1 }),
    });
    // The same connection now reaches the real store.
    expect(await client.call('recovery.status', {})).toEqual({
      reason: null,
      database: restored.database,
      notice: null,
    });
    const board = await client.call('board.get', {});
    expect(board.cards.map((c) => c.title)).toEqual(['Fleet pilot (from backup)']);
    // A backup carries no rollups: the restore built them (the dashboard counts the deal).
    const dashboard = await client.call('insights.dashboard', { period: 'all' });
    expect(dashboard.funnel.reduce((n, row) => n + row.count, 0)).toBe(1);

    expect(await activeDatabaseName(factory)).toBe(restored.database);
    expect(await dump(factory, 'fieldline')).toEqual(before);

    // The next start opens the restored database by itself.
    const next = await serve(factory);
    expect(next.served.host()?.db.name).toBe(restored.database);
    expect((await next.client.call('board.get', {})).cards.map((c) => c.title)).toEqual([
      'Fleet pilot (from backup)',
    ]);
  });

  it('refuses an invalid backup before creating anything', async () => {
    const factory = new IDBFactory();
    await damagedDatabase(factory);
    const { client } = await serve(factory);
    const broken = backupText().replace('"deals":1', '"deals":7');
    await expect(client.call('recovery.restore', { text: broken })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/truncated or edited/),
    });
    await expect(client.call('recovery.restore', { text: '{"not":"a backup"}' })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect((await factory.databases()).map((d) => d.name)).toEqual(['fieldline']);
    expect(await activeDatabaseName(factory)).toBe('fieldline');
    expect((await client.call('recovery.status', {})).reason).not.toBeNull();
  });
});

describe('recovery methods while the database is open', () => {
  it('status says all is well; restore and export point to the normal tools', async () => {
    const factory = new IDBFactory();
    const { client } = await serve(factory);
    expect(await client.call('recovery.status', {})).toEqual({
      reason: null,
      database: 'fieldline',
      notice: null,
    });
    await expect(client.call('recovery.restore', { text: backupText() })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(client.call('recovery.exportReadable', {})).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('the active-database pointer', () => {
  it('defaults to fieldline without creating anything, and accepts only Fieldline names', async () => {
    const factory = new IDBFactory();
    expect(await activeDatabaseName(factory)).toBe('fieldline');
    expect((await factory.databases()).map((d) => d.name)).not.toContain(POINTER_DB);
    await expect(setActiveDatabaseName(factory, 'someone-else')).rejects.toThrow(
      /not a Fieldline database name/,
    );
    await setActiveDatabaseName(factory, 'fieldline-restored-123');
    expect(await activeDatabaseName(factory)).toBe('fieldline-restored-123');
  });
});
