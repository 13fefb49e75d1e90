import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RpcError } from '../../src/shared/rpc/protocol';
import type { ChangeEvent } from '../../src/shared/rpc/views';
import { startHarness, until, type Harness } from '../../src/shared/store/testing/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const lead = {
  title: 'Analytics rollout',
  companyName: 'Northwind Logistics',
  contactName: 'Priya Patel',
  contactEmail: 'priya@northwind.example',
  source: 'event' as const,
  value: 42000,
};

describe('store service through the real RPC transport', () => {
  it('seeds the default seven-stage pipeline and settings on first open', async () => {
    const client = h.connect();
    const pipelines = await client.call('pipelines.list', {});
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]!.stages.map((s) => s.kind)).toEqual([
      'lead-generation',
      'nurturing',
      'mql',
      'sal',
      'sql',
      'closed',
      'post-sale',
    ]);
    const settings = await client.call('settings.get', {});
    expect(settings.scoring.autoAcceptThreshold).toBeGreaterThan(0);
  });

  it('deals.create puts the lead in the first stage with company, contact and history', async () => {
    const client = h.connect();
    const deal = await client.call('deals.create', lead);
    const [pipeline] = await client.call('pipelines.list', {});
    expect(deal.stageId).toBe(pipeline!.stages[0]!.id);
    expect(deal.status).toBe('open');
    const detail = await client.call('deals.get', { id: deal.id });
    expect(detail.company?.name).toBe('Northwind Logistics');
    expect(detail.contacts.map((c) => c.contact.email)).toEqual(['priya@northwind.example']);
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ fromStageId: null, toStageId: deal.stageId, toStatus: 'open' });
    const board = await client.call('board.get', {});
    expect(board.cards.map((c) => c.id)).toEqual([deal.id]);
  });

  it('reuses an existing company by name, case-insensitively', async () => {
    const client = h.connect();
    const a = await client.call('deals.create', lead);
    const b = await client.call('deals.create', {
      ...lead,
      title: 'Second',
      companyName: 'northwind logistics',
    });
    expect(b.companyId).toBe(a.companyId);
    expect(await h.host.db.companies.count()).toBe(1);
  });

  it('deals.update edits fields and keeps stage and status out of reach', async () => {
    const client = h.connect();
    const deal = await client.call('deals.create', lead);
    const updated = await client.call('deals.update', {
      id: deal.id,
      patch: { value: 50000, notes: 'Budget approved' },
    });
    expect(updated).toMatchObject({ value: 50000, notes: 'Budget approved', stageId: deal.stageId });
    await expect(
      client.call('deals.update', { id: deal.id, patch: { stageId: 'x' } as never }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('rejects an invalid payload with a typed error and changes nothing', async () => {
    const client = h.connect();
    await client.call('deals.create', lead);
    const before = await h.host.db.deals.toArray();
    const error = await client
      .call('deals.create', { ...lead, title: '', value: -5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).code).toBe('invalid-input');
    expect((error as RpcError).message).toMatch(/title/);
    expect(await h.host.db.deals.toArray()).toEqual(before);
  });

  it('answers an unknown method with a typed error', async () => {
    const client = h.connect();
    await expect(client.call('deals.drop' as never, {} as never)).rejects.toMatchObject({
      code: 'unknown-method',
    });
  });

  it('reports a missing deal as not-found', async () => {
    const client = h.connect();
    await expect(client.call('deals.get', { id: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('delivers each committed change to every connected client', async () => {
    const a = h.connect();
    const b = h.connect();
    const seenA: ChangeEvent[] = [];
    const seenB: ChangeEvent[] = [];
    a.on('store.changed', (e) => seenA.push(e));
    b.on('store.changed', (e) => seenB.push(e));
    await a.call('deals.create', lead);
    await until(() => seenA.length === 1 && seenB.length === 1);
    expect(seenB[0]!.method).toBe('deals.create');
    expect(seenB[0]!.tables).toContain('deals');
    // Queries emit nothing.
    await b.call('board.get', {});
    await new Promise((r) => setTimeout(r, 30));
    expect(seenA).toHaveLength(1);
  });

  it('logs activities and keeps the deal’s last activity and score current', async () => {
    const client = h.connect();
    const deal = await client.call('deals.create', lead);
    h.clock.advance(60_000);
    await client.call('activities.log', { dealId: deal.id, type: 'signal', signal: 'trial-request' });
    const detail = await client.call('deals.get', { id: deal.id });
    expect(detail.activities).toHaveLength(1);
    // A passive signal raises the score but is not the rep's touch (issue 18, item 7).
    expect(detail.deal.lastActivityAt).toBe(deal.lastActivityAt);
    expect(detail.deal.score).toBeGreaterThan(deal.score);
    h.clock.advance(60_000);
    await client.call('activities.log', { dealId: deal.id, type: 'call', subject: 'Intro' });
    expect((await client.call('deals.get', { id: deal.id })).deal.lastActivityAt).toBe(h.clock.now());
    await expect(
      client.call('activities.log', { dealId: deal.id, type: 'call', signal: 'trial-request' }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('manages follow-ups: agenda, snooze, complete, reminders', async () => {
    const client = h.connect();
    const deal = await client.call('deals.create', lead);
    const due = h.clock.now() + 3_600_000;
    const f = await client.call('followUps.create', {
      dealId: deal.id,
      dueAt: due,
      type: 'call',
      note: 'Intro call',
    });
    expect((await client.call('deals.get', { id: deal.id })).deal.nextFollowUpAt).toBe(due);
    expect(await client.call('followUps.claimDue', { until: due - 1 })).toEqual({
      claimed: [],
      nextDue: due,
    });
    const dueNow = await client.call('followUps.claimDue', { until: due });
    expect(dueNow.claimed.map((x) => [x.id, x.dealTitle, x.firedAt])).toEqual([
      [f.id, 'Analytics rollout', due],
    ]);
    expect(dueNow.nextDue).toBeNull();
    expect(await client.call('followUps.claimDue', { until: due })).toEqual({ claimed: [], nextDue: null });
    const snoozed = await client.call('followUps.snooze', { id: f.id, until: due + 7_200_000 });
    expect(snoozed).toMatchObject({ status: 'snoozed', firedAt: null, dueAt: due + 7_200_000 });
    expect((await client.call('followUps.claimDue', { until: due })).nextDue).toBe(due + 7_200_000);
    await client.call('followUps.complete', { id: f.id });
    expect(await client.call('followUps.agenda', {})).toEqual([]);
    expect((await client.call('deals.get', { id: deal.id })).deal.nextFollowUpAt).toBeNull();
  });

  it('loads a deterministic sample pipeline', async () => {
    const client = h.connect();
    const result = await client.call('sample.load', { count: 50, seed: 7 });
    expect(result.deals).toBe(50);
    const board = await client.call('board.get', {});
    expect(board.cards.length).toBeGreaterThan(40);
    const stagesUsed = new Set(board.cards.map((c) => c.stageId));
    expect(stagesUsed.size).toBeGreaterThanOrEqual(5);
  });
});

describe('incremental board refresh', () => {
  it('change events name the deals a command wrote, and board.cards returns just those cards', async () => {
    const client = h.connect();
    const seen: ChangeEvent[] = [];
    client.on('store.changed', (e) => seen.push(e));
    const a = await client.call('deals.create', lead);
    const b = await client.call('deals.create', { ...lead, title: 'Second deal' });
    await client.call('followUps.create', { dealId: a.id, dueAt: h.clock.now() + 60_000, type: 'call' });
    await until(() => seen.length === 3);
    expect(seen.map((e) => e.dealIds)).toEqual([[a.id], [b.id], [a.id]]);
    const [pipeline] = await client.call('pipelines.list', {});
    const cards = await client.call('board.cards', { pipelineId: pipeline!.id, ids: [a.id, 'missing'] });
    expect(cards.map((c) => [c.id, c.nextFollowUpAt])).toEqual([[a.id, h.clock.now() + 60_000]]);
    // A lost deal leaves the board: its id yields no card.
    const settings = await client.call('settings.get', {});
    await client.call('deals.transition', {
      dealId: b.id,
      request: { kind: 'lose', reason: settings.lostReasons[0]! },
    });
    expect(await client.call('board.cards', { pipelineId: pipeline!.id, ids: [b.id] })).toEqual([]);
  });
});
