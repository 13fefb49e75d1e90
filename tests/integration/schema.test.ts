import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Deal, FollowUp, Pipeline, StageHistoryEntry } from '../../src/shared/model';
import {
  DB_VERSION,
  SCHEMA_V1,
  SCHEMA_V2_ADDS,
  SCHEMA_V3_ADDS,
  SCHEMA_V4_ADDS,
  SCHEMA_V5_ADDS,
  SCHEMA_V6_ADDS,
  SCHEMA_V7_ADDS,
  SCHEMA_VERSION,
} from '../../src/shared/store/schema';
import { startStoreHost } from '../../src/shared/store/host';
import { createRpcClient } from '../../src/shared/rpc/client';
import { fromMessagePort, type PortLike } from '../../src/shared/rpc/endpoint';
import { V1_RECORDS, V1_SCHEMA } from '../fixtures/db/v1';
import { V2_RECORDS, V2_SCHEMA } from '../fixtures/db/v2';
import { V3_RECORDS, V3_SCHEMA } from '../fixtures/db/v3';
import { toBoardCards } from '../../src/shared/domains/board/handlers/cards';
import { V4_NOW, V4_RECORDS, V4_SCHEMA } from '../fixtures/db/v4';
import { V5_NOW, V5_RECORDS, V5_SCHEMA } from '../fixtures/db/v5';
import { V6_NOW, V6_RECORDS, V6_SCHEMA } from '../fixtures/db/v6';
import { V7_NOW, V7_RECORDS, V7_SCHEMA } from '../fixtures/db/v7';
import { FIGURE_IDS, figureDeals, myNumbers } from '../../src/shared/domains/insights/numbers';
import { goalsOf } from '../../src/shared/engine';
import type { StoreHost } from '../../src/shared/store/host';
import type { RpcClient } from '../../src/shared/rpc/client';
import { allRollups } from '../../src/shared/store/rollups';
import { buildDashboard } from '../../src/shared/domains/insights/dashboard';
import { PERIODS } from '../../src/shared/domains/insights/types';
import { currencyContext } from '../../src/shared/model';
import { parseBackup } from '../../src/shared/domains/backup/validate';
import { hasCardLeaves, readCardLeaves } from '../../src/shared/store/cardLeaves';
import { boardCardOf } from '../../src/shared/store/cardProjection';
import { unpackCards } from '../../src/shared/domains/board/packedCards';

/** Write a fixture with a plain Dexie that knows only that version's frozen schema. */
async function writeFixture(
  indexedDB: IDBFactory,
  name: string,
  version: number,
  schema: Record<string, string>,
  records: Record<string, readonly unknown[]>,
) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(version).stores(schema);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd([...rows]);
  });
  old.close();
}

/** Write a frozen fixture, then open it with the current code and connect a client over RPC. */
async function openFixture(
  name: string,
  version: number,
  schema: Record<string, string>,
  records: Record<string, readonly unknown[]>,
  now?: number,
) {
  const indexedDB = new IDBFactory();
  await writeFixture(indexedDB, name, version, schema, records);
  const host = await startStoreHost({
    name,
    indexedDB,
    IDBKeyRange,
    ...(now ? { clock: { now: () => now } } : {}),
  });
  const channel = new MessageChannel();
  host.server.connect(fromMessagePort(channel.port1 as unknown as PortLike));
  const client = createRpcClient(fromMessagePort(channel.port2 as unknown as PortLike));
  return { host, client };
}

const DAY = 86_400_000;

/**
 * What the v5 and v6 fixtures show, each equal to a recomputation from the base tables: the
 * board (the stored cards), every period's dashboard (the stored rollups) and "My numbers" (read by
 * the indexes of the version that opened them).
 */
async function expectViewsRecomputed(host: StoreHost, client: RpcClient, now: number) {
  const [deals, history, activities, pipelines] = await Promise.all([
    host.db.deals.toArray(),
    host.db.stageHistory.toArray(),
    host.db.activities.toArray(),
    host.db.pipelines.toArray(),
  ]);
  const settings = (await host.db.settings.get('settings'))!.value;
  const money = currencyContext(settings);
  const raw = { pipeline: pipelines[0]!, deals, history, activities, now, money };
  for (const period of PERIODS) {
    const dashboard = await client.call('insights.dashboard', { pipelineId: 'p1', period });
    expect(dashboard).toEqual(buildDashboard({ ...raw, period }));
  }
  const board = await client.call('board.get', { pipelineId: 'p1' });
  expect(board.cards.map((c) => c.id).sort()).toEqual(['d1', 'd10', 'd2', 'd4', 'd5', 'd6', 'd7']);
  const numbers = await client.call('insights.numbers', {});
  const input = { deals, pipelines, activities, goals: goalsOf(settings), money, now };
  expect(numbers).toEqual(myNumbers(input));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  for (const figure of FIGURE_IDS) {
    const listed = await client.call('insights.figureDeals', { figure });
    const recomputed = figureDeals(input, figure);
    expect({ ...listed, deals: [...listed.deals].sort(byId) }).toEqual({
      ...recomputed,
      deals: [...recomputed.deals].sort(byId),
    });
  }
  return numbers;
}

/** The card leaves hold the projection's cards, and the board's pages (read from them) are the board. */
async function expectLeavesAreTheBoard(host: StoreHost, client: RpcClient) {
  const all = await host.db.transaction('r', [host.db.meta], () =>
    readCardLeaves(host.db.cardLeaves, { after: null, limit: 1e9, keep: () => true }),
  );
  expect(unpackCards(all.cards)).toEqual((await host.db.cards.orderBy('id').toArray()).map(boardCardOf));
  const board = await client.call('board.get', {});
  const page = await client.call('board.page', { after: null, limit: 1000 });
  expect(unpackCards(page.cards)).toEqual([...board.cards].sort((a, b) => (a.id < b.id ? -1 : 1)));
}

describe('schema', () => {
  it('version 2 only adds the journal meta table; version 3 only merges people; version 4 only adds the card projection; version 5 only adds the rollups; version 6 only adds two indexes; version 7 adds none (frozen: add a version 8 to change anything)', () => {
    expect(DB_VERSION).toBe(7);
    expect(SCHEMA_V7_ADDS).toEqual({});
    expect(SCHEMA_V2_ADDS).toEqual({ meta: 'key' });
    expect(SCHEMA_V3_ADDS).toEqual({});
    expect(SCHEMA_V4_ADDS).toEqual({ cards: 'id, [pipelineId+status], contactId' });
    expect(SCHEMA_V5_ADDS).toEqual({
      rollups: 'id, [pipelineId+day]',
      rollupFacts: 'dealId',
      cards: 'id, [pipelineId+status], contactId, [status+expectedClose]',
    });
    // v6 restates the two tables it indexes: every v1 index kept, one added to each.
    expect(SCHEMA_V6_ADDS).toEqual({
      deals: `${SCHEMA_V1.deals}, outcome.signedDate`,
      activities: `${SCHEMA_V1.activities}, [type+at]`,
    });
  });

  it('the live v4 schema is the frozen v4 fixture schema', () => {
    expect({ ...SCHEMA_V1, ...SCHEMA_V2_ADDS, ...SCHEMA_V3_ADDS, ...SCHEMA_V4_ADDS }).toEqual(V4_SCHEMA);
  });

  it('the live v5, v6 and v7 schemas are the frozen v5 and v6 fixture schemas (v7 added no table or index)', () => {
    const v5 = { ...SCHEMA_V1, ...SCHEMA_V2_ADDS, ...SCHEMA_V3_ADDS, ...SCHEMA_V4_ADDS, ...SCHEMA_V5_ADDS };
    expect(v5).toEqual(V5_SCHEMA);
    expect({ ...v5, ...SCHEMA_V6_ADDS }).toEqual(V6_SCHEMA);
    expect({ ...v5, ...SCHEMA_V6_ADDS, ...SCHEMA_V7_ADDS }).toEqual(V6_SCHEMA);
  });

  it('opens a version-7 database as v7 stored it: its card leaves read as they are (not rebuilt), equal to the cards; the same board, dashboard and My numbers; no pre-upgrade backup', async () => {
    expect(V7_SCHEMA).toEqual(V6_SCHEMA);
    const { host, client } = await openFixture('fieldline-v7', 7, V7_SCHEMA, V7_RECORDS, V7_NOW);
    try {
      expect(host.db.verno).toBe(DB_VERSION);
      expect(await host.db.meta.get('journal')).toEqual({ key: 'journal', dbId: 'db-fixture-v7', seq: 126 });
      expect((await client.call('backup.takePreUpgrade', {})).text).toBeNull();
      // The stored leaf is the frozen one, untouched by the open.
      expect(await host.db.meta.get('cards:' as never)).toEqual(V7_RECORDS.meta[2]);
      await expectLeavesAreTheBoard(host, client);
      await expectViewsRecomputed(host, client, V7_NOW);
    } finally {
      client.close();
      host.db.close();
    }
  });

  it('opens a version-6 database with v7 code: the card leaves built from its cards, the same board, every period’s dashboard and My numbers as a recomputation, the pre-upgrade backup taken', async () => {
    const { host, client } = await openFixture('fieldline-v6', 6, V6_SCHEMA, V6_RECORDS, V6_NOW);
    try {
      expect(host.db.verno).toBe(DB_VERSION);
      expect(await host.db.meta.get('journal')).toEqual({ key: 'journal', dbId: 'db-fixture-v6', seq: 125 });
      const { text } = await client.call('backup.takePreUpgrade', {});
      const backup = parseBackup(text!);
      expect(backup.ok ? backup.backup.tables.deals.length : backup.error).toBe(V6_RECORDS.deals.length);
      // The leaves hold the projection's cards, and the board's pages (read from them) are the board.
      expect(await hasCardLeaves(host.db.cardLeaves)).toBe(true);
      await expectLeavesAreTheBoard(host, client);
      await expectViewsRecomputed(host, client, V6_NOW);
      const won = await client.call('insights.figureDeals', { figure: 'won' });
      expect(won.items.map((i) => i.dealId)).toEqual(['d7']);
    } finally {
      client.close();
      host.db.close();
    }
  });

  it('opens a version-5 database with v6 code: the new indexes built over its records, its rollups kept, the same board, dashboard and My numbers, the pre-upgrade backup taken', async () => {
    // The Saturday before the fixture's "now": the week holds the fixture's latest touches.
    const now = V5_NOW - 2 * DAY;
    const { host, client } = await openFixture('fieldline-v5', 5, V5_SCHEMA, V5_RECORDS, now);
    try {
      expect(host.db.verno).toBe(DB_VERSION);
      expect(await host.db.meta.get('journal')).toEqual({ key: 'journal', dbId: 'db-fixture-v5', seq: 124 });
      const { text } = await client.call('backup.takePreUpgrade', {});
      const backup = parseBackup(text!);
      expect(backup.ok ? backup.backup.tables.deals.length : backup.error).toBe(V5_RECORDS.deals.length);
      const [deals, history, activities, pipelines] = await Promise.all([
        host.db.deals.toArray(),
        host.db.stageHistory.toArray(),
        host.db.activities.toArray(),
        host.db.pipelines.toArray(),
      ]);
      // What v5 stored, row for row, is what the current code derives from the same records.
      const derived = allRollups(deals, history, activities, pipelines);
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect((await host.db.rollups.toArray()).sort(byId)).toEqual([...derived.rows].sort(byId));
      const byDeal = (a: { dealId: string }, b: { dealId: string }) => a.dealId.localeCompare(b.dealId);
      expect((await host.db.rollupFacts.toArray()).sort(byDeal)).toEqual([...derived.facts].sort(byDeal));
      // The indexes v6 adds hold the records v5 wrote: the won deal signed in the quarter, the
      // rep's touches of the week (found by the new indexes, not by a scan), as a recomputation.
      const numbers = await expectViewsRecomputed(host, client, now);
      const won = await client.call('insights.figureDeals', { figure: 'won' });
      expect(won.items).toEqual([{ dealId: 'd7', amount: 31000.25 }]);
      expect(numbers.activity.value).toBeGreaterThan(0);
      expect(await host.db.deals.where('outcome.signedDate').equals('2026-11-20').primaryKeys()).toEqual([
        'd7',
      ]);
    } finally {
      client.close();
      host.db.close();
    }
  });

  it('opens a version-4 database with the current code: rollups built in the upgrade, the same board, every period’s dashboard equal to a recomputation, the pre-upgrade backup taken', async () => {
    const { host, client } = await openFixture('fieldline-v4', 4, V4_SCHEMA, V4_RECORDS, V4_NOW);
    try {
      expect(host.db.verno).toBe(DB_VERSION);
      expect(await host.db.meta.get('journal')).toEqual({ key: 'journal', dbId: 'db-fixture-v4', seq: 123 });
      // The pre-upgrade backup holds the v4 data tables (never the projection or the rollups).
      const { text } = await client.call('backup.takePreUpgrade', {});
      const backup = parseBackup(text!);
      expect(backup.ok ? backup.backup.tables.deals.length : backup.error).toBe(V4_RECORDS.deals.length);
      expect(backup.ok && Object.keys(backup.backup.tables)).not.toContain('rollups');
      expect(await host.db.rollups.count()).toBeGreaterThan(0);
      // The board: what v4 stored in its projection, and what a recomputation gives.
      const board = await client.call('board.get', { pipelineId: 'p1' });
      const onBoard = (await host.db.deals.toArray()).filter(
        (d) => d.status === 'open' || d.status === 'won',
      );
      const recomputed = await toBoardCards(host.db, onBoard);
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...board.cards].sort(byId)).toEqual(recomputed.sort(byId));
      expect(board.cards.map((c) => c.id).sort()).toEqual(['d1', 'd10', 'd2', 'd4', 'd5', 'd6', 'd7']);
      // Every period's dashboard (read from the rollups) is the pure one over the base tables.
      const [pipeline] = await host.db.pipelines.toArray();
      const settings = (await host.db.settings.get('settings'))!.value;
      const raw = {
        pipeline: pipeline!,
        deals: await host.db.deals.toArray(),
        history: await host.db.stageHistory.toArray(),
        activities: await host.db.activities.toArray(),
        now: V4_NOW,
        money: currencyContext(settings),
      };
      for (const period of PERIODS) {
        const dashboard = await client.call('insights.dashboard', { pipelineId: 'p1', period });
        expect(dashboard).toEqual(buildDashboard({ ...raw, period }));
      }
      // What the fixture holds shows in the dashboard: an unconverted deal, activity by type, outcomes.
      const all = await client.call('insights.dashboard', { pipelineId: 'p1', period: 'all' });
      expect(all.unconverted).toEqual([{ id: 'd8', title: 'Hydro monitoring', currency: 'CHF' }]);
      expect(all.activity.reduce((n, w) => n + w.byType.meeting, 0)).toBe(9);
      expect(all.outcomes).toMatchObject({ won: 2, lost: 2, disqualified: 1 });
      const month = await client.call('insights.dashboard', { pipelineId: 'p1', period: '30d' });
      expect(month.outcomes).toMatchObject({ won: 1, lost: 1, disqualified: 1 });
      // The rollups are kept from now on: a logged call shows in this week's activity.
      const before = month.activity.at(-1)!.byType.call;
      await client.call('activities.log', { dealId: 'd5', type: 'call', subject: 'Check-in' });
      const after = await client.call('insights.dashboard', { pipelineId: 'p1', period: '30d' });
      expect(after.activity.at(-1)!.byType.call).toBe(before + 1);
    } finally {
      client.close();
      host.db.close();
    }
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
    const { host, client } = await openFixture('fieldline-v1', 1, V1_SCHEMA, V1_RECORDS);
    try {
      // Opened by version-2 code: upgraded in place, the journal's meta table added, the data kept.
      expect(host.db.verno).toBe(DB_VERSION);
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

  it('the live v3 schema is the frozen v2 and v3 fixture schema (v3 added no table or index)', () => {
    expect({ ...SCHEMA_V1, ...SCHEMA_V2_ADDS, ...SCHEMA_V3_ADDS }).toEqual(V2_SCHEMA);
    expect(V3_SCHEMA).toEqual(V2_SCHEMA);
  });

  it('opens a version-3 database with v4 code: every card built in the upgrade, the same board as v3 showed', async () => {
    const { host, client } = await openFixture('fieldline-v3', 3, V3_SCHEMA, V3_RECORDS);
    try {
      expect(host.db.verno).toBe(DB_VERSION);
      expect(await host.db.meta.get('journal')).toEqual({ key: 'journal', dbId: 'db-fixture-v3', seq: 77 });
      // One card per deal, the lost one included (it is off the board, not out of the projection).
      expect((await host.db.cards.toArray()).map((c) => c.id).sort()).toEqual(['d1', 'd2', 'd3', 'd4']);
      const board = await client.call('board.get', { pipelineId: 'p1' });
      // What v3 code's board (a join of deals, first contacts and checklists) showed for this data.
      expect(
        board.cards.map((c) => [
          c.id,
          c.stageId,
          c.status,
          c.contactName,
          c.contactEmail,
          c.handoff,
          c.currency,
        ]),
      ).toEqual([
        ['d1', 's2', 'open', 'Omar Haddad', 'omar@granite.example', null, undefined],
        ['d4', 's1', 'open', '', '', null, 'USD'],
        ['d2', 's2', 'won', 'Omar Haddad', 'omar@granite.example', { done: 2, total: 3 }, undefined],
      ]);
      // Every field: the same cards a full recomputation from the base tables gives.
      const deals = (await host.db.deals.toArray()).filter((d) => d.status !== 'lost');
      const recomputed = await toBoardCards(host.db, deals);
      expect([...board.cards].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        recomputed.sort((a, b) => a.id.localeCompare(b.id)),
      );
      // The upgraded projection is kept: a person's edit reaches every card that shows them.
      await client.call('people.update', { id: 'k1', patch: { email: 'omar@granite.energy' } });
      const after = await client.call('board.get', { pipelineId: 'p1' });
      expect(after.cards.map((c) => [c.id, c.contactEmail])).toEqual([
        ['d1', 'omar@granite.energy'],
        ['d4', ''],
        ['d2', 'omar@granite.energy'],
      ]);
    } finally {
      client.close();
      host.db.close();
    }
  });

  it('opens a version-2 database with the current code: data served, the journal’s identity and sequence kept', async () => {
    const { host, client } = await openFixture('fieldline-v2', 2, V2_SCHEMA, V2_RECORDS);
    try {
      expect(host.db.verno).toBe(DB_VERSION);
      // The journal continues where this database left off (a rebuilt or reset identity would
      // make the next start replay or refuse the journal).
      expect(await host.db.meta.get('journal')).toEqual({ key: 'journal', dbId: 'db-fixture-v2', seq: 42 });
      const board = await client.call('board.get', { pipelineId: 'p1' });
      expect(board.cards.map((c) => [c.id, c.stageId, c.contactEmail])).toEqual([
        ['d1', 's2', 'omar@granite.example'],
      ]);
      const detail = await client.call('deals.get', { id: 'd1' });
      expect(detail.followUps.map((f) => f.note)).toEqual(['Discovery call', 'Send the pilot plan']);
      expect(detail.history.map((h) => h.id)).toEqual(['h1', 'h2']);
    } finally {
      client.close();
      host.db.close();
    }
  });
});
