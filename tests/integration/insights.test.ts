import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RpcError } from '../../src/shared/rpc/protocol';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const lead = {
  title: 'Analytics rollout',
  companyName: 'Northwind',
  contactName: 'Priya Patel',
  contactEmail: 'priya@northwind.example',
  source: 'trial' as const,
  value: 42000,
};

describe('insights.dashboard through the real RPC transport', () => {
  it("the funnel equals the board's columns (count and value per stage) for the sample pipeline", async () => {
    const client = h.connect();
    await client.call('sample.load', { count: 120, seed: 42 });
    const board = await client.call('board.get', {});
    for (const period of ['30d', '90d', '365d', 'all'] as const) {
      const dashboard = await client.call('insights.dashboard', { period });
      expect(dashboard.funnel.map((r) => r.id)).toEqual(board.pipeline.stages.map((s) => s.id));
      for (const row of dashboard.funnel) {
        const cards = board.cards.filter((c) => c.stageId === row.id);
        expect(row.count).toBe(cards.length);
        expect(row.value).toBe(cards.reduce((sum, c) => sum + c.value, 0));
      }
    }
    const all = await client.call('insights.dashboard', { period: 'all' });
    expect(all.funnel.reduce((n, r) => n + r.count, 0)).toBe(120);
    expect(all.sources.reduce((n, r) => n + r.leads, 0)).toBe(120);
    expect(all.sources).toHaveLength(9);
    expect(all.outcomes.won).toBe(board.cards.filter((c) => c.status === 'won').length);
    expect(all.activity.reduce((n, w) => n + w.total, 0)).toBe(await h.host.db.activities.count());
    expect(all.forecast.length).toBeGreaterThan(0);
    expect(all.conversion[0]!.entered).toBe(120);
  });

  it('reflects a lost deal, its reason and logged activities', async () => {
    const client = h.connect();
    const deal = await client.call('deals.create', lead);
    const settings = await client.call('settings.get', {});
    const reason = settings.lostReasons[0]!;
    h.clock.advance(3_600_000);
    await client.call('activities.log', { dealId: deal.id, type: 'call', subject: 'Intro' });
    await client.call('deals.transition', { dealId: deal.id, request: { kind: 'lose', reason } });
    const d = await client.call('insights.dashboard', { period: '30d' });
    expect(d.outcomes).toMatchObject({
      won: 0,
      lost: 1,
      winRate: 0,
      lostValue: 42000,
      lostReasons: [{ reason, count: 1, value: 42000 }],
    });
    expect(d.funnel.every((r) => r.count === 0)).toBe(true);
    expect(d.sources.find((r) => r.source === 'trial')).toMatchObject({ leads: 1, reachedSql: 0, won: 0 });
    expect(d.activity.reduce((n, w) => n + w.total, 0)).toBe(1);
    // The loss is a status change in the same stage, not a stage entry.
    expect(d.conversion[0]).toMatchObject({ entered: 1, advanced: 0, rate: 0 });
    expect(d.timeInStage[0]).toMatchObject({ visits: 1, averageDays: 1 / 24 });
  });

  it("with two pipelines, counts only the activities of the chosen pipeline's deals", async () => {
    const client = h.connect();
    const [first] = await client.call('pipelines.list', {});
    const second = await client.call('pipelines.create', { name: 'Partners' });
    const a = await client.call('deals.create', { ...lead, pipelineId: first!.id });
    const b = await client.call('deals.create', { ...lead, title: 'Reseller deal', pipelineId: second.id });
    await client.call('activities.log', { dealId: a.id, type: 'email' });
    await client.call('activities.log', { dealId: b.id, type: 'call' });
    await client.call('activities.log', { dealId: b.id, type: 'meeting' });
    const total = async (pipelineId: string) =>
      (await client.call('insights.dashboard', { pipelineId, period: '90d' })).activity.reduce(
        (n, w) => n + w.total,
        0,
      );
    expect(await total(first!.id)).toBe(1);
    expect(await total(second.id)).toBe(2);
    const d = await client.call('insights.dashboard', { pipelineId: second.id, period: 'all' });
    expect(d.pipeline.name).toBe('Partners');
    expect(d.funnel.reduce((n, r) => n + r.count, 0)).toBe(1);
  });

  it('rejects an unknown period and an unknown pipeline with typed errors', async () => {
    const client = h.connect();
    await expect(client.call('insights.dashboard', { period: '7d' } as never)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const error = await client
      .call('insights.dashboard', { period: 'all', pipelineId: 'nope' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).code).toBe('not-found');
  });
});
