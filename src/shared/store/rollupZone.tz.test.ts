// The dashboard's weeks follow the rep's calendar, through the real store (runs in every zone of
// tests/vitest.config.mts), and rollups summed in another zone are rebuilt on open.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testing/harness';
import { currentZone } from './rollupZone';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const zone = currentZone();
const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

async function start(indexedDB: IDBFactory) {
  const harness = await startHarness({ indexedDB, start: local(2026, 6, 30, 12) });
  open.push(harness);
  return { harness, client: harness.connect() };
}

/** A deal with a call late on Sunday 14 June and an e-mail early on Monday 15 June, local time. */
async function seeded(indexedDB: IDBFactory) {
  const { harness, client } = await start(indexedDB);
  const deal = await client.call('deals.create', {
    title: 'Week edges',
    companyName: 'Ironbark Capital',
    contactName: 'Ada Park',
    contactEmail: '',
    source: 'event',
    value: 1000,
  });
  await client.call('activities.log', { dealId: deal.id, type: 'call', at: local(2026, 6, 14, 23, 30) });
  await client.call('activities.log', { dealId: deal.id, type: 'email', at: local(2026, 6, 15, 0, 30) });
  return { harness, client };
}

const weeks = async (client: Awaited<ReturnType<typeof start>>['client']) => {
  const d = await client.call('insights.dashboard', { period: '90d' });
  return Object.fromEntries(d.activity.filter((w) => w.total > 0).map((w) => [w.week, w.byType]));
};

describe(`rollups in the rep's time zone (${zone})`, () => {
  it('counts a late Sunday call and an early Monday e-mail in their own local weeks', async () => {
    const { client } = await seeded(new IDBFactory());
    const byWeek = await weeks(client);
    expect(Object.keys(byWeek)).toEqual(['2026-W24', '2026-W25']);
    expect(byWeek['2026-W24']).toMatchObject({ call: 1, email: 0 });
    expect(byWeek['2026-W25']).toMatchObject({ call: 0, email: 1 });
  });

  it('rebuilds rollups summed in another zone when the store opens, before anything reads them', async () => {
    const factory = new IDBFactory();
    const first = await seeded(factory);
    const expected = await weeks(first.client);
    const db = first.harness.host.db;
    expect(await db.table('meta').get('rollupsZone')).toEqual({ key: 'rollupsZone', zone });
    // As if summed elsewhere: another zone recorded, and rows that no longer add up.
    await db.transaction('rw', ['meta', 'rollups'], async () => {
      await db.table('meta').put({ key: 'rollupsZone', zone: 'Pacific/Kiritimati' });
      await db.table('rollups').clear();
    });
    await first.harness.close();
    open.splice(open.indexOf(first.harness), 1);

    const again = await start(factory);
    expect(await weeks(again.client)).toEqual(expected);
    expect(await again.harness.host.db.table('meta').get('rollupsZone')).toEqual({
      key: 'rollupsZone',
      zone,
    });
  });

  it('leaves rollups summed in this zone alone on open', async () => {
    const factory = new IDBFactory();
    const first = await seeded(factory);
    const db = first.harness.host.db;
    await db.table('rollups').clear(); // proof that nothing rebuilt them: the dashboard stays empty
    await first.harness.close();
    open.splice(open.indexOf(first.harness), 1);

    const again = await start(factory);
    expect(await weeks(again.client)).toEqual({});
  });
});
