import { describe, expect, it } from 'vitest';
import {
  addStage,
  relocateDeals,
  removeStage,
  renameStage,
  reorderStages,
  updateStage,
} from './pipelineEdit';
import { idMaker, makeDeal, stageOf, T0, testPipeline } from './testing/fixtures';

const ids = testPipeline.stages.map((s) => s.id);
const frozen = structuredClone(testPipeline);

describe('pipeline editing (pure)', () => {
  it('renames a stage and refuses an empty name', () => {
    const r = renameStage(testPipeline, ids[0] ?? '', '  Prospecting ');
    expect(r.ok && r.pipeline.stages[0]?.name).toBe('Prospecting');
    expect(renameStage(testPipeline, ids[0] ?? '', '   ')).toEqual({
      ok: false,
      message: 'A stage needs a name.',
    });
    expect(testPipeline).toEqual(frozen);
  });

  it('adds a custom stage at an index with sensible defaults', () => {
    const r = addStage(testPipeline, 5, { name: 'Negotiation', probability: 0.7 }, idMaker('new'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pipeline.stages).toHaveLength(8);
    expect(r.pipeline.stages[5]).toMatchObject({
      id: 'new-1',
      kind: 'custom',
      name: 'Negotiation',
      probability: 0.7,
      gates: [],
    });
    expect(testPipeline).toEqual(frozen);
  });

  it('refuses a second stage of a built-in kind and invalid values', () => {
    expect(addStage(testPipeline, 0, { name: 'Another SAL', kind: 'sal' }, idMaker()).ok).toBe(false);
    expect(updateStage(testPipeline, ids[0] ?? '', { probability: 1.5 }).ok).toBe(false);
    expect(updateStage(testPipeline, 'nope', { name: 'x' }).ok).toBe(false);
  });

  it('edits probability, stale period, cadence and gates', () => {
    const r = updateStage(testPipeline, stageOf('sql').id, {
      probability: 0.6,
      staleAfter: { amount: 5, unit: 'days' },
      cadence: { amount: 12, unit: 'hours' },
      gates: ['purchase-intent', 'value-set'],
    });
    expect(r.ok && r.pipeline.stages.find((s) => s.kind === 'sql')).toMatchObject({
      probability: 0.6,
      cadence: { amount: 12, unit: 'hours' },
      gates: ['purchase-intent', 'value-set'],
    });
  });

  it('removes a stage only when its deals have somewhere to go', () => {
    const nurturing = stageOf('nurturing').id;
    expect(removeStage(testPipeline, nurturing, null, 3)).toEqual({
      ok: false,
      message: 'Lead Nurturing holds 3 deals: choose the stage they move to.',
    });
    expect(removeStage(testPipeline, nurturing, nurturing, 3).ok).toBe(false);
    const r = removeStage(testPipeline, nurturing, stageOf('lead-generation').id, 3);
    expect(r.ok && r.moveTo).toBe(stageOf('lead-generation').id);
    expect(r.ok && r.pipeline.stages.map((s) => s.id)).not.toContain(nurturing);
    const empty = removeStage(testPipeline, nurturing, null, 0);
    expect(empty.ok && empty.moveTo).toBeNull();
  });

  it('refuses to remove the last stage', () => {
    const single = { ...testPipeline, stages: testPipeline.stages.slice(0, 1) };
    expect(removeStage(single, ids[0] ?? '', null, 0)).toEqual({
      ok: false,
      message: 'A pipeline needs at least one stage.',
    });
  });

  it('reorders only with a full permutation', () => {
    const reversed = [...ids].reverse();
    const r = reorderStages(testPipeline, reversed);
    expect(r.ok && r.pipeline.stages.map((s) => s.id)).toEqual(reversed);
    expect(reorderStages(testPipeline, ids.slice(1)).ok).toBe(false);
    expect(reorderStages(testPipeline, [...ids.slice(1), ids[1] ?? '']).ok).toBe(false);
  });

  it('relocates the deals of a removed stage with a history entry each', () => {
    const nurturing = stageOf('nurturing');
    const deals = [makeDeal({ id: 'a' }, 'nurturing'), makeDeal({ id: 'b' }, 'sql')];
    const r = relocateDeals(deals, nurturing, stageOf('mql').id, { newId: idMaker('h') }, T0 + 5);
    expect(r.deals.map((d) => d.stageId)).toEqual([stageOf('mql').id, stageOf('sql').id]);
    expect(r.deals[1]).toBe(deals[1]);
    expect(r.history).toEqual([
      expect.objectContaining({
        dealId: 'a',
        fromStageId: nurturing.id,
        toStageId: stageOf('mql').id,
        reason: 'Stage "Lead Nurturing" was removed',
      }),
    ]);
  });
});
