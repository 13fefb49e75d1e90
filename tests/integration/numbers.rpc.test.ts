// "My numbers" (issue 17) through the real RPC transport: the store reads the goals, deals and
// the week's activities and answers figures that move with the rep's edits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWonDeal, WON_DEAL } from '../../src/shared/domains/handoff/testing/wonDeal';
import type { RpcClient } from '../../src/shared/rpc/client';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { watchTables } from '../../src/shared/store/testing/watchTables';
import { wonOutcome } from '../../src/shared/engine/testing/fixtures';
import { novemberWins } from '../../src/shared/domains/insights/testing/wins';
import type { FigureId } from '../../src/shared/domains/insights/numbers';

const DAY = 86_400_000;
/** Records handed out per table (query results and gets), counted while set. */
let rowsRead: Map<string, number> | null = null;
const rowsOf = (table: string) => rowsRead?.get(table) ?? 0;
const rowCounter = watchTables('numbers-rows-read', (table, name) => {
  if (name !== 'deals' && name !== 'activities' && name !== 'cards') return table;
  const count = (n: number) => rowsRead?.set(name, rowsOf(name) + n);
  // Only while counting: outside, the store's own transactions run untouched.
  return {
    ...table,
    query: (req) =>
      rowsRead
        ? table.query(req).then((res) => (count(req.values ? res.result.length : 0), res))
        : table.query(req),
    // A cursor walk over records (anyOf uses one) is not counted row by row: it marks the read unbounded.
    openCursor: (req) => {
      if (req.values !== false) count(Number.POSITIVE_INFINITY);
      return table.openCursor(req);
    },
    getMany: (req) =>
      rowsRead
        ? table.getMany(req).then((rows) => (count(rows.filter(Boolean).length), rows))
        : table.getMany(req),
  };
});
/** Ask for the numbers, counting the deal and activity records the store reads to answer. */
async function countedNumbers() {
  rowsRead = new Map();
  try {
    const numbers = await client.call('insights.numbers', {});
    return { numbers, deals: rowsOf('deals'), activities: rowsOf('activities'), cards: rowsOf('cards') };
  } finally {
    rowsRead = null;
  }
}
/** The deal list of one figure, as the rep's dialog asks for it. */
const behind = (figure: FigureId) => client.call('insights.figureDeals', { figure });
let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  // Wednesday 4 November 2026, noon UTC: mid-week and mid-quarter in every zone.
  h = await startHarness({ start: Date.UTC(2026, 10, 4, 12), middlewares: [rowCounter] });
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
    expect(n).toMatchObject({ quota: 0, currency: 'USD', won: { value: 0, count: 0 } });
    expect(await behind('won')).toEqual({ figure: 'won', items: [], deals: [] });
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
    expect(n.won).toEqual({ value: WON_DEAL.contractValue, count: 1 });
    expect(n.weighted).toEqual({ value: 20_000, count: 1 });
    expect(n.gap).toEqual({ value: 56_000, count: 1 });
    expect(n.coverage).toMatchObject({ state: 'measured', target: 3, meetsTarget: false, count: 1 });
    expect(n.coverage.ratio).toBeCloseTo(20_000 / 56_000, 9);
    expect((await behind('won')).items).toEqual([{ dealId: won.id, amount: 144_000 }]);
    expect((await behind('weighted')).items).toEqual([{ dealId: pilot, amount: 20_000 }]);
    expect((await behind('gap')).items).toEqual([{ dealId: won.id, amount: 144_000 }]);
    expect((await behind('coverage')).deals.map((d) => d.title)).toEqual(['Fleet pilot']);
    expect((await behind('won')).deals.map((d) => d.title)).toEqual([WON_DEAL.title]);

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
    expect(n.won).toEqual({ value: 0, count: 0 });
    expect(n.weighted.value).toBe(0);
    expect(n.coverage).toMatchObject({ state: 'measured', ratio: 0, meetsTarget: false });

    // This week: two of the rep's touches count; the prospect's signal does not.
    await client.call('activities.log', { dealId: pilot, type: 'call', subject: 'Scope' });
    await client.call('activities.log', { dealId: pilot, type: 'email', subject: 'Proposal' });
    await client.call('activities.log', { dealId: pilot, type: 'signal', signal: 'proposal-opened' });
    n = await client.call('insights.numbers', {});
    expect(n.activity).toEqual({ value: 2, goal: 5, count: 1 });
    expect((await behind('activity')).items).toEqual([{ dealId: pilot, amount: 2 }]);
  });

  it('the period follows the store’s clock across a local month end; `day` is only a key', async () => {
    const { deal } = await createWonDeal(client); // signed 28 October 2026
    await goals('month', 100_000);
    h.clock.set(new Date(2026, 9, 31, 23, 30).getTime()); // 31 October, 23:30 local
    let n = await client.call('insights.numbers', { day: '2026-10-31' });
    expect(n.period.label).toBe('October 2026');
    expect(n.won.count).toBe(1);
    expect((await behind('won')).items).toEqual([{ dealId: deal.id, amount: 144_000 }]);
    h.clock.advance(3_600_000); // 1 November, 00:30 local
    n = await client.call('insights.numbers', { day: '2026-10-31' });
    expect(n.period.label).toBe('November 2026');
    expect(n.won.count).toBe(0);
    expect((await behind('won')).items).toEqual([]);
    await expect(client.call('insights.numbers', { day: '2026-02-30' })).rejects.toThrow(/day/);
  });

  it('a lost deal touched this week still names its deal', async () => {
    const id = await openDeal('Gone quiet', 10_000, '2026-11-30', 0.2);
    await client.call('activities.log', { dealId: id, type: 'meeting', subject: 'Last try' });
    const { lostReasons } = await client.call('settings.get', {});
    await client.call('deals.transition', { dealId: id, request: { kind: 'lose', reason: lostReasons[0]! } });
    const n = await client.call('insights.numbers', {});
    expect(n.activity.count).toBe(1);
    expect(n.weighted.count).toBe(0);
    const touched = await behind('activity');
    expect(touched.items).toEqual([{ dealId: id, amount: 1 }]);
    expect(touched.deals).toMatchObject([{ id, title: 'Gone quiet', status: 'lost' }]);
  });

  it('reads open deals from the board’s cards: of the deal records, only the won ones leave the table', async () => {
    await createWonDeal(client);
    for (let i = 0; i < 5; i++) await openDeal(`Open ${i}`, 1_000 * (i + 1), '2026-11-20', 0.5);
    await goals('quarter', 100_000);
    const { numbers: n, deals } = await countedNumbers();
    expect(n.weighted.count).toBe(5);
    expect(n.weighted.value).toBe(7_500);
    expect(n.won.count).toBe(1);
    expect(deals).toBe(1);
  });

  it('reads no card of a deal only touched this week: its touches count by its id; the Activity list still names it', async () => {
    await goals('month', 100_000);
    const closing = await openDeal('Closing this month', 10_000, '2026-11-20', 0.5);
    const touchedOnly: string[] = [];
    for (let i = 0; i < 4; i++) touchedOnly.push(await openDeal(`Next year ${i}`, 1_000, '2027-06-30', 0.5));
    for (const dealId of [closing, ...touchedOnly])
      await client.call('activities.log', { dealId, type: 'call', subject: 'Check-in' });
    const { numbers: n, cards } = await countedNumbers();
    expect(n.activity).toMatchObject({ value: 5, count: 5 });
    expect(n.weighted).toEqual({ value: 5_000, count: 1 });
    // The one open card closing in the period; none of the four deals only touched.
    expect(cards).toBe(1);
    const activity = await behind('activity');
    expect(new Set(activity.deals.map((d) => d.id))).toEqual(new Set([closing, ...touchedOnly]));
  });

  it('reads only the won deals signed in the quota period, and only the rep’s own touches of the week', async () => {
    const win = async (title: string, signedDate: string, contractValue: number) => {
      const id = await openDeal(title, contractValue, '2026-11-20', 0.5);
      await client.call('deals.transition', {
        dealId: id,
        request: {
          kind: 'win',
          override: true,
          reason: 'Signed',
          outcome: wonOutcome({ signedDate, contractValue }),
        },
      });
      return id;
    };
    // Years of wins before this month, two in it (its first and last day), one reopened.
    for (let i = 0; i < 12; i++) await win(`Old win ${i}`, `202${4 + (i % 2)}-0${1 + (i % 9)}-15`, 10_000);
    await win('Last month', '2026-10-31', 5_000);
    const first = await win('First day', '2026-11-01', 20_000);
    const last = await win('Last day', '2026-11-30', 30_000);
    const reopened = await win('Reopened', '2026-11-02', 40_000);
    await client.call('deals.transition', {
      dealId: reopened,
      request: { kind: 'reopen', reason: 'Contract fell through' },
    });
    // This week: two of the rep's touches and three prospect signals.
    await client.call('activities.log', { dealId: first, type: 'call', subject: 'Kick-off' });
    await client.call('activities.log', { dealId: last, type: 'note', subject: 'Scope' });
    for (let i = 0; i < 3; i++)
      await client.call('activities.log', { dealId: last, type: 'signal', signal: 'website-visit' });
    await goals('month', 100_000);

    const { numbers: n, deals, activities } = await countedNumbers();
    expect(n.won).toEqual({ value: 50_000, count: 2 });
    expect((await behind('won')).items).toEqual([
      { dealId: last, amount: 30_000 },
      { dealId: first, amount: 20_000 },
    ]);
    expect((await behind('activity')).items.map((i) => [i.dealId, i.amount]).sort()).toEqual(
      [
        [first, 1],
        [last, 1],
      ].sort(),
    );
    // The two wins of the period; not the twelve older wins, last month's or the reopened deal.
    expect(deals).toBe(2);
    // The two touches; never the week's signals.
    expect(activities).toBe(2);
  });
});

/** Every object and array in an answer, nested ones included: what the UI thread must build to read it. */
function nodesIn(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Object.values(value).reduce((sum: number, v) => sum + nodesIn(v), 0);
}

describe('the numbers answer is small, whatever the number of deals behind a figure', () => {
  /** `count` more won deals signed in November 2026, straight into the table (a big book of wins). */
  const addWins = (from: number, count: number) => h.host.db.deals.bulkPut(novemberWins(from, count));

  it('10 or 500 won deals: the same objects in the answer; the deal list of Won has all 500, largest first', async () => {
    await goals('month', 100_000);
    await addWins(0, 10);
    const ten = await client.call('insights.numbers', {});
    await addWins(10, 490);
    const many = await client.call('insights.numbers', {});
    expect(ten.won.count).toBe(10);
    expect(many.won).toEqual({ value: 500 * 1_000 + (499 * 500) / 2, count: 500 });
    expect(many.gap.count).toBe(500);
    expect(nodesIn(many)).toBe(nodesIn(ten));
    expect(JSON.stringify(many)).not.toMatch(/win-/);

    const won = await behind('won');
    expect(won.items).toHaveLength(500);
    expect(won.items[0]).toEqual({ dealId: 'win-0499', amount: 1_499 });
    expect(won.items.at(-1)).toEqual({ dealId: 'win-0000', amount: 1_000 });
    expect(won.items.every((item, i) => i === 0 || won.items[i - 1]!.amount >= item.amount)).toBe(true);
    expect(won.items.reduce((sum, i) => sum + i.amount, 0)).toBe(many.won.value);
    expect(new Set(won.deals.map((d) => d.id))).toEqual(new Set(won.items.map((i) => i.dealId)));
    expect((await behind('gap')).items).toEqual(won.items);
  });
});
