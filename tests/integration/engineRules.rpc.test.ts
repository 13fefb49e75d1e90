// Issue 18 through the store: the rules the engine decides, applied by the store handlers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import { startHarness, type Harness } from './harness';

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

const lead = (title: string) => ({
  title,
  companyName: 'Northwind',
  contactName: '',
  contactEmail: '',
  source: 'event' as const,
  value: 1000,
});

async function firstPipeline() {
  const [pipeline] = await client.call('pipelines.list', {});
  return pipeline!;
}

describe('removing a stage (item 5)', () => {
  it('refuses a destination that does not accept the deals, naming them, and moves nothing', async () => {
    const p = await firstPipeline();
    await client.call('deals.create', lead('Wrong place'));
    const before = await h.host.db.deals.toArray();
    const error = await client
      .call('pipelines.removeStage', { pipelineId: p.id, stageId: p.stages[0]!.id, moveTo: p.stages[6]!.id })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect(String((error as Error).message)).toBe(
      '1 deal cannot move to Post-Sale: "Wrong place" (an open deal enters Post-Sale only by being won or lost). Move them first or choose another stage.',
    );
    expect(await h.host.db.deals.toArray()).toEqual(before);
    expect((await firstPipeline()).stages).toHaveLength(7);
  });
});

describe('qualification framework per pipeline (item 8)', () => {
  it('is set on the pipeline, kept by a copy, and checked', async () => {
    const p = await firstPipeline();
    expect(p.qualification).toBeUndefined();
    const champ = await client.call('pipelines.setQualification', {
      pipelineId: p.id,
      qualification: 'champ',
    });
    expect(champ.qualification).toBe('champ');
    const copy = await client.call('pipelines.create', { name: 'Copy', copyOf: p.id });
    expect(copy.qualification).toBe('champ');
    await expect(
      client.call('pipelines.setQualification', { pipelineId: p.id, qualification: 'meddic' as 'bant' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe("the rep's last touch (item 7)", () => {
  it('a passive signal does not move lastActivityAt; a call does', async () => {
    const deal = await client.call('deals.create', lead('Touchy'));
    const entered = (await h.host.db.deals.get(deal.id))!.lastActivityAt;
    h.clock.advance(3_600_000);
    await client.call('activities.log', { dealId: deal.id, type: 'signal', signal: 'email-opened' });
    const afterSignal = (await h.host.db.deals.get(deal.id))!;
    expect(afterSignal.lastActivityAt).toBe(entered);
    expect(afterSignal.score).toBeGreaterThan(0);
    h.clock.advance(3_600_000);
    const call = await client.call('activities.log', { dealId: deal.id, type: 'call', subject: 'Intro' });
    expect((await h.host.db.deals.get(deal.id))!.lastActivityAt).toBe(call.at);
  });
});

describe('stale candidates (item 1)', () => {
  it('include won deals, with whether their handoff is done', async () => {
    const p = await firstPipeline();
    const open = await client.call('deals.create', lead('Open one'));
    const won = await client.call('deals.create', lead('Won one'));
    const stored = (await h.host.db.deals.get(won.id))!;
    await h.host.db.deals.put({ ...stored, status: 'won', stageId: p.stages[6]!.id });
    const candidates = await client.call('followUps.staleCandidates', {});
    expect(candidates.map((c) => [c.title, c.status, c.handoffDone]).sort()).toEqual([
      ['Open one', 'open', false],
      ['Won one', 'won', false],
    ]);
    expect(candidates.some((c) => c.id === open.id)).toBe(true);
  });
});
