import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Deal, FollowUp, Pipeline, StageHistoryEntry } from '../../src/shared/model';
import { DB_VERSION, SCHEMA_V1, SCHEMA_V2_ADDS, SCHEMA_VERSION } from '../../src/shared/store/schema';
import { startStoreHost } from '../../src/shared/store/host';
import { createRpcClient } from '../../src/shared/rpc/client';
import { fromMessagePort, type PortLike } from '../../src/shared/rpc/endpoint';
import { V1_RECORDS, V1_SCHEMA } from '../fixtures/db/v1';

/** Write the fixture with a plain Dexie that knows only the frozen v1 schema. */
async function writeV1Fixture(indexedDB: IDBFactory, name: string) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(V1_SCHEMA);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(V1_RECORDS)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema', () => {
  it('version 2 only adds the journal meta table (frozen: add a version 3 to change anything)', () => {
    expect(DB_VERSION).toBe(2);
    expect(SCHEMA_V2_ADDS).toEqual({ meta: 'key' });
  });

  it('the live v1 schema is the frozen v1 fixture schema (bump the version to change it)', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(SCHEMA_V1).toEqual(V1_SCHEMA);
  });

  it('the fixture records are valid under the current model', () => {
    for (const d of V1_RECORDS.deals) expect(Deal.safeParse(d).success).toBe(true);
    for (const p of V1_RECORDS.pipelines) expect(Pipeline.safeParse(p).success).toBe(true);
    for (const f of V1_RECORDS.followUps) expect(FollowUp.safeParse(f).success).toBe(true);
    for (const h of V1_RECORDS.stageHistory) expect(StageHistoryEntry.safeParse(h).success).toBe(true);
  });

  it('opens a version-1 database with the current code and serves its data', async () => {
    const indexedDB = new IDBFactory();
    await writeV1Fixture(indexedDB, 'fieldline-v1');
    const host = await startStoreHost({ name: 'fieldline-v1', indexedDB, IDBKeyRange });
    const channel = new MessageChannel();
    host.server.connect(fromMessagePort(channel.port1 as unknown as PortLike));
    const client = createRpcClient(fromMessagePort(channel.port2 as unknown as PortLike));
    try {
      // Opened by version-2 code: upgraded in place, the journal's meta table added, the data kept.
      expect(host.db.verno).toBe(2);
      expect(host.db.tables.map((t) => t.name)).toContain('meta');
      // The rep's own pipeline is kept: first-run seeding adds nothing to a used database.
      const pipelines = await client.call('pipelines.list', {});
      expect(pipelines.map((p) => p.name)).toEqual(['My pipeline']);
      const board = await client.call('board.get', { pipelineId: 'p1' });
      expect(board.cards.map((c) => [c.id, c.stageId, c.contactEmail])).toEqual([
        ['d1', 's2', 'omar@granite.example'],
      ]);
      const detail = await client.call('deals.get', { id: 'd1' });
      expect(detail.history.map((h) => h.id)).toEqual(['h1', 'h2']);
      expect(detail.followUps.map((f) => f.note)).toEqual(['Discovery call']);
      // v1 data has no settings row: defaults apply.
      expect((await client.call('settings.get', {})).lostReasons.length).toBeGreaterThan(0);
    } finally {
      client.close();
      host.db.close();
    }
  });
});
