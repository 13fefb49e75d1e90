import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

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

describe('pipeline editing through the RPC transport', () => {
  it('creates a pipeline from the default template and as a copy', async () => {
    const original = await firstPipeline();
    const fresh = await client.call('pipelines.create', { name: 'Partners' });
    expect(fresh.stages.map((s) => s.kind)).toEqual(original.stages.map((s) => s.kind));
    expect(fresh.order).toBe(original.order + 1);
    await client.call('pipelines.rename', { pipelineId: original.id, name: 'Direct sales' });
    const copy = await client.call('pipelines.create', { name: 'Copy', copyOf: original.id });
    expect(copy.stages.map((s) => s.name)).toEqual(original.stages.map((s) => s.name));
    expect(copy.stages.some((s) => original.stages.some((o) => o.id === s.id))).toBe(false);
    const list = await client.call('pipelines.list', {});
    expect(list.map((p) => p.name)).toEqual(['Direct sales', 'Partners', 'Copy']);
  });

  it('renames, updates, adds and reorders stages', async () => {
    const p = await firstPipeline();
    const mql = p.stages[2]!;
    let next = await client.call('pipelines.updateStage', {
      pipelineId: p.id,
      stageId: mql.id,
      patch: { name: 'MQL', probability: 0.25, staleAfter: { amount: 4, unit: 'days' }, gates: [] },
    });
    expect(next.stages[2]).toMatchObject({ id: mql.id, name: 'MQL', probability: 0.25, gates: [] });
    next = await client.call('pipelines.addStage', {
      pipelineId: p.id,
      atIndex: 1,
      stage: { name: 'Discovery call' },
    });
    expect(next.stages.map((s) => s.name).slice(0, 3)).toEqual([
      'Lead Generation',
      'Discovery call',
      'Lead Nurturing',
    ]);
    expect(next.stages[1]!.kind).toBe('custom');
    const reversed = [...next.stages].reverse().map((s) => s.id);
    next = await client.call('pipelines.reorderStages', { pipelineId: p.id, orderedIds: reversed });
    expect(next.stages.map((s) => s.id)).toEqual(reversed);
    await expect(
      client.call('pipelines.reorderStages', { pipelineId: p.id, orderedIds: reversed.slice(1) }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      client.call('pipelines.updateStage', { pipelineId: p.id, stageId: mql.id, patch: { name: '  ' } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('refuses to remove a stage holding deals without a destination, and changes nothing', async () => {
    const p = await firstPipeline();
    const deal = await client.call('deals.create', lead('Kept safe'));
    const before = await h.host.db.deals.toArray();
    const error = await client
      .call('pipelines.removeStage', { pipelineId: p.id, stageId: p.stages[0]!.id })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect(String((error as Error).message)).toMatch(/holds 1 deal/);
    expect(await h.host.db.deals.toArray()).toEqual(before);
    expect((await firstPipeline()).stages).toHaveLength(7);
    expect((await client.call('deals.get', { id: deal.id })).deal.stageId).toBe(p.stages[0]!.id);
  });

  it('with a destination every deal of the removed stage survives, with history', async () => {
    const p = await firstPipeline();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await client.call('deals.create', lead(`Lead ${i}`))).id);
    const result = await client.call('pipelines.removeStage', {
      pipelineId: p.id,
      stageId: p.stages[0]!.id,
      moveTo: p.stages[1]!.id,
    });
    expect(result.moved).toBe(5);
    expect(result.pipeline.stages.map((s) => s.id)).not.toContain(p.stages[0]!.id);
    const deals = await h.host.db.deals.toArray();
    expect(deals.map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(deals.every((d) => d.stageId === p.stages[1]!.id)).toBe(true);
    const detail = await client.call('deals.get', { id: ids[0]! });
    expect(detail.history.at(-1)).toMatchObject({ fromStageId: p.stages[0]!.id, toStageId: p.stages[1]!.id });
    const board = await client.call('board.get', { pipelineId: p.id });
    expect(board.cards).toHaveLength(5);
  });

  it('removes an empty stage without a destination, but never the last stage', async () => {
    const p = await firstPipeline();
    const result = await client.call('pipelines.removeStage', { pipelineId: p.id, stageId: p.stages[6]!.id });
    expect(result).toMatchObject({ moved: 0 });
    expect(result.pipeline.stages).toHaveLength(6);
    let current = result.pipeline;
    while (current.stages.length > 1) {
      current = (
        await client.call('pipelines.removeStage', { pipelineId: p.id, stageId: current.stages[0]!.id })
      ).pipeline;
    }
    await expect(
      client.call('pipelines.removeStage', { pipelineId: p.id, stageId: current.stages[0]!.id }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('settings.update', () => {
  it('merges a partial patch, scoring field by field', async () => {
    const before = await client.call('settings.get', {});
    const after = await client.call('settings.update', {
      patch: { lostReasons: ['Price', 'Timing'], scoring: { autoAcceptThreshold: 70 } },
    });
    expect(after.lostReasons).toEqual(['Price', 'Timing']);
    expect(after.scoring.autoAcceptThreshold).toBe(70);
    expect(after.scoring.signalWeights).toEqual(before.scoring.signalWeights);
    expect(after.mqlQuestions).toEqual(before.mqlQuestions);
    expect(await client.call('settings.get', {})).toEqual(after);
  });

  it('refuses an invalid patch and keeps the settings', async () => {
    const before = await client.call('settings.get', {});
    await expect(client.call('settings.update', { patch: { lostReasons: [] } })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      client.call('settings.update', { patch: { scoring: { halfLifeDays: 0 } } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await client.call('settings.get', {})).toEqual(before);
  });

  it('emits a change event naming the settings table', async () => {
    const events: string[][] = [];
    client.on('store.changed', (e) => events.push(e.tables));
    await client.call('settings.update', { patch: { morningHour: 7 } });
    await new Promise((r) => setTimeout(r, 20));
    expect(events.flat()).toContain('settings');
  });
});

// Issue 18: a destination must accept the deals moved there; the framework is the pipeline's.
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
