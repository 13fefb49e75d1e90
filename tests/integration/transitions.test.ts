import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import type { RpcError } from '../../src/shared/rpc/protocol';
import { TABLE_NAMES } from '../../src/shared/store/schema';
import type { Pipeline } from '../../src/shared/model';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

let h: Harness;
let client: RpcClient;
let pipeline: Pipeline;
const stage = (kind: string) => pipeline.stages.find((s) => s.kind === kind)!;

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES) out[t] = await h.host.db.table(t).toArray();
  return out;
}

const confirmed = (note: string) => ({ state: 'confirmed' as const, note });
const fullBant = {
  budget: confirmed('80k'),
  authority: confirmed('CFO'),
  need: confirmed('Manual reporting'),
  timeframe: confirmed('Q1'),
};

beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
  [pipeline] = (await client.call('pipelines.list', {})) as [Pipeline];
});
afterEach(async () => {
  await h.close();
});

async function newLead() {
  return client.call('deals.create', {
    title: 'Warehouse analytics',
    companyName: 'Granite Foods',
    contactName: 'Mei Chen',
    contactEmail: 'mei@granite.example',
    source: 'event',
    value: 30000,
  });
}

describe('stage moves through the store', () => {
  it('a blocked move is refused with the engine’s reasons and leaves the database unchanged', async () => {
    const deal = await newLead();
    const before = await snapshot();
    const error = (await client
      .call('deals.transition', { dealId: deal.id, request: { kind: 'move', toStageId: stage('mql').id } })
      .catch((e: unknown) => e)) as RpcError;
    expect(error.code).toBe('blocked');
    const decision = error.details as { allowed: boolean; unmet: { gate: string; message: string }[] };
    expect(decision.allowed).toBe(false);
    expect(decision.unmet.map((u) => u.gate)).toContain('mql-definition');
    expect(decision.unmet[0]!.message.length).toBeGreaterThan(10);
    expect(await snapshot()).toEqual(before);
  });

  it('an allowed move records history, proposes the next step, and can be undone', async () => {
    const deal = await newLead();
    await client.call('deals.update', { id: deal.id, patch: { bant: fullBant, specialistMeeting: true } });
    h.clock.advance(60_000);
    const moved = await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'move', toStageId: stage('mql').id, reason: 'skip nurturing', override: true },
    });
    expect(moved.deal.stageId).toBe(stage('mql').id);
    expect(moved.deal.stageEnteredAt).toBe(h.clock.now());
    expect(moved.proposedFollowUp).not.toBeNull();
    const history = (await client.call('deals.get', { id: deal.id })).history;
    expect(history.at(-1)).toMatchObject({
      fromStageId: stage('lead-generation').id,
      toStageId: stage('mql').id,
      at: h.clock.now(),
    });

    const undone = await client.call('deals.undoTransition', { dealId: deal.id, historyId: moved.historyId });
    expect(undone.deal.stageId).toBe(stage('lead-generation').id);
    expect(undone.card?.stageId).toBe(stage('lead-generation').id);
    const after = (await client.call('deals.get', { id: deal.id })).history;
    expect(after.at(-1)).toMatchObject({ toStageId: stage('lead-generation').id, reason: 'Undo' });
    await expect(
      client.call('deals.undoTransition', { dealId: deal.id, historyId: moved.historyId }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('winning closes the deal, and entering Post-Sale creates a prefilled handoff checklist', async () => {
    const deal = await newLead();
    await client.call('deals.update', {
      id: deal.id,
      patch: { bant: fullBant, specialistMeeting: true, salAccepted: true, dataValidated: true },
    });
    await client.call('activities.log', { dealId: deal.id, type: 'signal', signal: 'trial-request' });
    await client.call('activities.log', {
      dealId: deal.id,
      type: 'note',
      subject: 'Pain',
      body: 'Month-end close takes 9 days',
      painPoint: true,
    });
    for (const kind of ['nurturing', 'mql', 'sal', 'sql']) {
      await client.call('deals.transition', {
        dealId: deal.id,
        request: { kind: 'move', toStageId: stage(kind).id },
      });
    }
    const won = await client.call('deals.transition', {
      dealId: deal.id,
      request: {
        kind: 'win',
        outcome: {
          kind: 'won',
          signedDate: '2026-11-02',
          contractValue: 32000,
          termMonths: 12,
          poNumber: 'PO-7',
          commission: { type: 'rate', value: 0.08 },
          reference: true,
          testimonial: false,
          caseStudy: false,
        },
      },
    });
    expect(won.deal).toMatchObject({ status: 'won', stageId: stage('closed').id });
    await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'move', toStageId: stage('post-sale').id },
    });
    const detail = await client.call('deals.get', { id: deal.id });
    expect(detail.handoff).not.toBeNull();
    const pain = detail.handoff!.sections.find((s) => s.key === 'pain-points')!;
    expect(pain.items.map((i) => i.value)).toContain('Manual reporting');
    expect(pain.items.some((i) => i.value.includes('Month-end close takes 9 days'))).toBe(true);
    const stakeholders = detail.handoff!.sections.find((s) => s.key === 'stakeholders')!;
    expect(stakeholders.items.map((i) => i.label)).toEqual(['Mei Chen — Influencer']);
    expect(detail.history.map((x) => x.toStatus)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'open',
      'won',
      'won',
    ]);
  });

  it('lost deals keep their stage, need a listed reason, and can be reopened', async () => {
    const deal = await newLead();
    const settings = await client.call('settings.get', {});
    await expect(
      client.call('deals.transition', {
        dealId: deal.id,
        request: { kind: 'lose', reason: 'not on the list' },
      }),
    ).rejects.toMatchObject({ code: 'blocked' });
    const lost = await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'lose', reason: settings.lostReasons[0]!, competitor: 'Acme' },
    });
    expect(lost.deal).toMatchObject({ status: 'lost', stageId: deal.stageId });
    expect((await client.call('board.get', {})).cards).toEqual([]);
    const reopened = await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'reopen', reason: 'Budget freed up' },
    });
    expect(reopened.deal.status).toBe('open');
  });
});
