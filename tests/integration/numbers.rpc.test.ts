// "My numbers" (issue 17) through the real RPC transport: the store reads the goals, deals and
// the week's activities and answers figures that move with the rep's edits.
import type { DBCore, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWonDeal, WON_DEAL } from '../../src/shared/domains/handoff/testing/wonDeal';
import type { RpcClient } from '../../src/shared/rpc/client';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

const DAY = 86_400_000;
/** Full deal records handed out by the `deals` table (query results and gets), counted while set. */
let dealRows: number | null = null;
const dealRowsRead: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'numbers-deal-rows',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'deals') return table;
      const count = (n: number) => {
        if (dealRows !== null) dealRows += n;
      };
      return {
        ...table,
        query: async (req) => {
          const res = await table.query(req);
          count(req.values ? res.result.length : 0);
          return res;
        },
        // A cursor walk over deal records (anyOf uses one) is not counted row by row: it marks the read unbounded.
        openCursor: (req) => {
          if (req.values !== false) count(Number.POSITIVE_INFINITY);
          return table.openCursor(req);
        },
        getMany: async (req) => {
          const rows = await table.getMany(req);
          count(rows.filter(Boolean).length);
          return rows;
        },
      };
    },
  }),
};
let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  // Wednesday 4 November 2026, noon UTC: mid-week and mid-quarter in every zone.
  h = await startHarness({ start: Date.UTC(2026, 10, 4, 12), middlewares: [dealRowsRead] });
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

const goals = (quotaPeriod: 'month' | 'quarter', quota: number, weeklyActivityGoal = 5) =>
  client.call('settings.update', { patch: { goals: { quotaPeriod, quota, weeklyActivityGoal } } });

async function openDeal(title: string, value: number, expectedClose: string, probability: number) {
  const deal = await client.call('deals.create', {
    title,
    companyName: 'Harbor Mobility',
    contactName: '',
    contactEmail: '',
    source: 'event',
    value,
  });
  await client.call('deals.update', { id: deal.id, patch: { expectedClose, probability } });
  return deal.id;
}

describe('insights.numbers through the RPC transport', () => {
  it('starts with no quota: nothing won, nothing to cover', async () => {
    const n = await client.call('insights.numbers', {});
    expect(n).toMatchObject({ quota: 0, currency: 'USD', won: { value: 0, items: [] } });
    expect(n.coverage.state).toBe('no-quota');
    expect(n.period.kind).toBe('quarter');
  });

  it('won vs quota by period, coverage that follows a deal’s value, and this week’s touches', async () => {
    const { deal: won } = await createWonDeal(client); // signed 28 October 2026, 144,000
    h.clock.advance(7 * DAY); // Wednesday 11 November: the helper's own touches are last week's
    const pilot = await openDeal('Fleet pilot', 40_000, '2026-12-15', 0.5);
    await openDeal('Next year', 90_000, '2027-01-04', 0.9);

    await goals('quarter', 200_000);
    let n = await client.call('insights.numbers', {});
    expect(n.period).toMatchObject({ label: 'Q4 2026', firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(n.won).toEqual({ value: WON_DEAL.contractValue, items: [{ dealId: won.id, amount: 144_000 }] });
    expect(n.weighted).toEqual({ value: 20_000, items: [{ dealId: pilot, amount: 20_000 }] });
    expect(n.gap).toEqual({ value: 56_000, items: [{ dealId: won.id, amount: 144_000 }] });
    expect(n.coverage).toMatchObject({ state: 'measured', target: 3, meetsTarget: false });
    expect(n.coverage.ratio).toBeCloseTo(20_000 / 56_000, 9);
    expect(n.deals.map((d) => d.title).sort()).toEqual(['Fleet pilot', WON_DEAL.title]);

    // The rep raises the pilot's value: the weighted pipeline and coverage follow.
    await client.call('deals.update', { id: pilot, patch: { value: 400_000 } });
    n = await client.call('insights.numbers', {});
    expect(n.weighted.value).toBe(200_000);
    expect(n.coverage.ratio).toBeCloseTo(200_000 / 56_000, 9);
    expect(n.coverage.meetsTarget).toBe(true);

    // A month quota: the October win is last month's.
    await goals('month', 50_000);
    n = await client.call('insights.numbers', {});
    expect(n.period.label).toBe('November 2026');
    expect(n.won).toEqual({ value: 0, items: [] });
    expect(n.weighted.value).toBe(0);
    expect(n.coverage).toMatchObject({ state: 'measured', ratio: 0, meetsTarget: false });

    // This week: two of the rep's touches count; the prospect's signal does not.
    await client.call('activities.log', { dealId: pilot, type: 'call', subject: 'Scope' });
    await client.call('activities.log', { dealId: pilot, type: 'email', subject: 'Proposal' });
    await client.call('activities.log', { dealId: pilot, type: 'signal', signal: 'proposal-opened' });
    n = await client.call('insights.numbers', {});
    expect(n.activity).toEqual({ value: 2, goal: 5, items: [{ dealId: pilot, amount: 2 }] });
  });

  it('the period follows the store’s clock across a local month end; `day` is only a key', async () => {
    const { deal } = await createWonDeal(client); // signed 28 October 2026
    await goals('month', 100_000);
    h.clock.set(new Date(2026, 9, 31, 23, 30).getTime()); // 31 October, 23:30 local
    let n = await client.call('insights.numbers', { day: '2026-10-31' });
    expect(n.period.label).toBe('October 2026');
    expect(n.won.items).toEqual([{ dealId: deal.id, amount: 144_000 }]);
    h.clock.advance(3_600_000); // 1 November, 00:30 local
    n = await client.call('insights.numbers', { day: '2026-10-31' });
    expect(n.period.label).toBe('November 2026');
    expect(n.won.items).toEqual([]);
    await expect(client.call('insights.numbers', { day: '2026-02-30' })).rejects.toThrow(/day/);
  });

  it('a lost deal touched this week still names its deal', async () => {
    const id = await openDeal('Gone quiet', 10_000, '2026-11-30', 0.2);
    await client.call('activities.log', { dealId: id, type: 'meeting', subject: 'Last try' });
    const { lostReasons } = await client.call('settings.get', {});
    await client.call('deals.transition', { dealId: id, request: { kind: 'lose', reason: lostReasons[0]! } });
    const n = await client.call('insights.numbers', {});
    expect(n.activity.items).toEqual([{ dealId: id, amount: 1 }]);
    expect(n.weighted.items).toEqual([]);
    expect(n.deals).toMatchObject([{ id, title: 'Gone quiet', status: 'lost' }]);
  });

  it('reads open deals from the board’s cards: of the deal records, only the won ones leave the table', async () => {
    await createWonDeal(client);
    for (let i = 0; i < 5; i++) await openDeal(`Open ${i}`, 1_000 * (i + 1), '2026-11-20', 0.5);
    await goals('month', 100_000);
    dealRows = 0;
    const n = await client.call('insights.numbers', {});
    const read = dealRows;
    dealRows = null;
    expect(n.weighted.items).toHaveLength(5);
    expect(n.weighted.value).toBe(7_500);
    expect(read).toBe(1);
  });
});
