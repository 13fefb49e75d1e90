import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { startStoreHost } from '../../src/shared/store/host';
import { DB_VERSION, TABLE_NAMES } from '../../src/shared/store/schema';
import { parseBackup } from '../../src/shared/domains/backup/validate';
import { defaultSettings } from '../../src/shared/engine';
import { V1_RECORDS } from '../fixtures/db/v1';

/** An older database (IndexedDB version 5, before schema 1 = version 10) with the v1 records. */
async function writeOlderDatabase(factory: IDBFactory, name: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name, 5);
    req.onupgradeneeded = () => {
      for (const table of TABLE_NAMES)
        req.result.createObjectStore(table, { keyPath: table === 'settings' ? 'key' : 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction([...TABLE_NAMES], 'readwrite');
  for (const [table, rows] of Object.entries(V1_RECORDS))
    for (const row of rows) tx.objectStore(table).put(row);
  tx.objectStore('settings').put({ key: 'settings', value: defaultSettings() });
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

describe('backup before a schema upgrade', () => {
  it('snapshots what an older database held before opening upgrades it, and hands it over once', async () => {
    const indexedDB = new IDBFactory();
    await writeOlderDatabase(indexedDB, 'fieldline-old');
    const host = await startStoreHost({ name: 'fieldline-old', indexedDB, IDBKeyRange });
    try {
      expect(host.db.verno).toBe(DB_VERSION);
      const { text } = (await host.service.call('backup.takePreUpgrade', {})) as { text: string | null };
      const parsed = parseBackup(text!);
      expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
      if (parsed.ok) expect(parsed.backup.tables.deals.map((d) => d.id)).toEqual(['d1']);
      expect(await host.service.call('backup.takePreUpgrade', {})).toEqual({ text: null });
      // The upgraded database still has the data.
      expect(await host.db.deals.get('d1')).toMatchObject({ title: 'Grid analytics' });
    } finally {
      host.db.close();
    }
  });

  it('takes nothing for a new database or one already at the current schema', async () => {
    const indexedDB = new IDBFactory();
    const first = await startStoreHost({ name: 'fieldline-new', indexedDB, IDBKeyRange });
    expect(await first.service.call('backup.takePreUpgrade', {})).toEqual({ text: null });
    first.db.close();
    const again = await startStoreHost({ name: 'fieldline-new', indexedDB, IDBKeyRange });
    expect(await again.service.call('backup.takePreUpgrade', {})).toEqual({ text: null });
    again.db.close();
  });
});
