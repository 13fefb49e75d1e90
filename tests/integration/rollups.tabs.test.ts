/**
 * A store service keeps the rollups' sums it last read or wrote, and writes a move's sums without
 * reading them while the stamp every writer of rollups renews is the one it wrote
 * (store/rollupStamp.ts). Browser mode runs one store worker per tab on one database: here two
 * hosts on one database play random commands in turn, and the rollups still equal a
 * recomputation; every transaction that writes rollups writes a new stamp, the rebuilds too.
 */
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../src/shared/model';
import { restoreIntoNewDatabase } from '../../src/shared/domains/recovery/restore';
import { FieldlineDB } from '../../src/shared/store/db';
import { keepRollupsInZone } from '../../src/shared/store/rollupZone';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { action, DAY, expectRollupsCurrent, perform, prepare } from './testing/rollupActions';
import { stampWatch } from './testing/stampWatch';

/** Two hosts ("tabs") on one in-memory database, each with its own service and sums. */
async function twoTabs(watch: ReturnType<typeof stampWatch>): Promise<[Harness, Harness]> {
  const indexedDB = new IDBFactory();
  const options = { indexedDB, name: 'fieldline-tabs', middlewares: [watch.middleware] };
  const a = await startHarness({ ...options, idPrefix: 'a' });
  // The second keeps no sums (as over its row limit): it reads those a write changes, every time.
  const b = await startHarness({ ...options, idPrefix: 'b', keptRollupRows: 0 });
  return [a, b];
}

const expectAllStamped = (watch: ReturnType<typeof stampWatch>) => {
  expect(watch.writers().unstamped).toBe(0);
  expect(new Set(watch.stamps()).size).toBe(watch.stamps().length);
};

describe('the sums a store keeps', () => {
  it('two tabs on one database, commands in any order: the rollups equal a recomputation, each write stamped anew', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(1), action), { minLength: 2, maxLength: 12 }),
        async (steps) => {
          const watch = stampWatch();
          const tabs = await twoTabs(watch);
          const clients = tabs.map((h) => h.connect());
          try {
            await prepare(clients[0]!);
            const backup = JSON.stringify(await clients[0]!.call('backup.export', {}));
            for (const [tab, a] of steps) {
              const now = tabs[0].clock.now();
              await perform(clients[tab]!, tabs[tab]!.host.db, a, backup, now).catch(() => undefined);
              for (const h of tabs) h.clock.advance(a.kind === 'days' ? a.days * DAY : 3_600_000);
            }
            for (const [i, h] of tabs.entries())
              await expectRollupsCurrent(h.host.db, clients[i]!, h.clock.now());
            expect(watch.writers().count).toBeGreaterThan(0);
            expectAllStamped(watch);
          } finally {
            await Promise.all(tabs.map((h) => h.close()));
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);

  it('a move reads no sum its store wrote last; after another tab wrote rollups it reads them again', async () => {
    const watch = stampWatch();
    const tabs = await twoTabs(watch);
    const [a, b] = tabs.map((h) => h.connect());
    try {
      const [pipeline] = (await a!.call('pipelines.list', {})) as [Pipeline];
      const [first, second] = pipeline.stages;
      const deals = [];
      for (const title of ['One', 'Two', 'Three'])
        deals.push(
          await a!.call('deals.create', {
            title,
            companyName: 'Polar Freight',
            contactName: '',
            contactEmail: '',
            source: 'event',
            value: 1_000,
          }),
        );
      const move = (client: typeof a, dealId: string, stageId: string) =>
        client!.call('deals.transition', {
          dealId,
          request: { kind: 'move', toStageId: stageId, override: true, reason: 'Test' },
        });
      await move(a, deals[0]!.id, second!.id);
      watch.reset();
      // The same buckets again, from the same store: no sum read.
      await move(a, deals[1]!.id, second!.id);
      expect(watch.sumReads()).toBe(0);
      // The other tab moves one too: the first store's sums are stale and are read again.
      await move(b, deals[2]!.id, second!.id);
      watch.reset();
      await move(a, deals[0]!.id, first!.id);
      expect(watch.sumReads()).toBeGreaterThan(0);
      for (const [i, h] of tabs.entries()) await expectRollupsCurrent(h.host.db, [a, b][i]!, h.clock.now());
    } finally {
      await Promise.all(tabs.map((h) => h.close()));
    }
  });

  it('the rebuilds write a new stamp: a zone change on open, a restore into a new database', async () => {
    const watch = stampWatch();
    const indexedDB = new IDBFactory();
    const h = await startHarness({ indexedDB, name: 'fieldline-zone', middlewares: [watch.middleware] });
    const client = h.connect();
    await prepare(client);
    const backup = JSON.stringify(await client.call('backup.export', {}));
    await h.host.db.table('meta').put({ key: 'rollupsZone', zone: 'Pacific/Chatham' });
    await h.close();
    watch.reset();
    const reopened = new FieldlineDB({
      indexedDB,
      IDBKeyRange,
      name: 'fieldline-zone',
      middlewares: [watch.middleware],
    });
    await reopened.open();
    expect(await keepRollupsInZone(reopened)).toBe(false); // rebuilt on open already
    reopened.close();
    expect(watch.writers().count).toBe(1);
    const options = { indexedDB, IDBKeyRange, middlewares: [watch.middleware] };
    await restoreIntoNewDatabase(options, backup, h.clock.now());
    expect(watch.writers().count).toBe(2);
    expectAllStamped(watch);
  });
});
