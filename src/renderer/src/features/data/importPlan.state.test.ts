import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../../../shared/engine';
import { importPlanReducer, initialImportPlan, type ImportPlan } from './importPlan.state';
import { parseCsvFile } from './parseFile';
import { templateOf } from '../../../../shared/domains/import/templates';

let n = 0;
const pipeline = createDefaultPipeline(() => `s${++n}`, 0);
const other = createDefaultPipeline(() => `o${++n}`, 0, 'Partners');
const csv = 'Title,Stage,Source\nA,Lead Nurturing,Webinar\nB,Sales Qualified Lead,Partner referral\n';
const parsed = parseCsvFile({ bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer });
const stage = (p: typeof pipeline, kind: string) => p.stages.find((s) => s.kind === kind)!.id;

const afterParse = (): ImportPlan =>
  importPlanReducer(initialImportPlan(pipeline.id), {
    type: 'parsed',
    parsed,
    preset: 'generic',
    mapping: { title: 0, stage: 1 },
    pipeline,
    offer: null,
  });

describe('the import plan', () => {
  it('a parsed file moves to the preview and proposes a stage for every stage value', () => {
    const plan = afterParse();
    expect(plan.step).toBe('preview');
    expect(plan.stageMap).toEqual({
      'Lead Nurturing': stage(pipeline, 'nurturing'),
      'Sales Qualified Lead': stage(pipeline, 'sql'),
    });
    expect(plan.defaultStageId).toBe(pipeline.stages[0]!.id);
  });

  it('mapping the source column proposes sources; unmapping a field removes it', () => {
    const mapped = importPlanReducer(afterParse(), {
      type: 'mapField',
      field: 'source',
      column: 2,
      pipeline,
    });
    expect(Object.keys(mapped.sourceMap).sort()).toEqual(['Partner referral', 'Webinar']);
    expect(mapped.sourceMap['Partner referral']).toBe('partner-referral');
    const cleared = importPlanReducer(mapped, {
      type: 'mapField',
      field: 'title',
      column: undefined,
      pipeline,
    });
    expect(cleared.mapping).toEqual({ stage: 1, source: 2 });
  });

  it('choosing another pipeline re-proposes its stages; a rep’s own choice is kept until then', () => {
    const chosen = importPlanReducer(afterParse(), {
      type: 'mapStage',
      value: 'Lead Nurturing',
      stageId: stage(pipeline, 'mql'),
    });
    expect(chosen.stageMap['Lead Nurturing']).toBe(stage(pipeline, 'mql'));
    const moved = importPlanReducer(chosen, { type: 'pipeline', id: other.id, pipeline: other });
    expect(moved.pipelineId).toBe(other.id);
    expect(moved.stageMap['Lead Nurturing']).toBe(stage(other, 'nurturing'));
  });

  it('a review resets the duplicate choices; choose-all sets every duplicate row', () => {
    const review = {
      candidates: [],
      rejects: [],
      duplicates: new Map([
        [2, 'd1'],
        [3, 'd2'],
      ]),
      existing: new Map(),
    };
    let plan = importPlanReducer(afterParse(), { type: 'choose', row: 9, choice: 'add' });
    plan = importPlanReducer(plan, { type: 'reviewed', review });
    expect(plan.step).toBe('review');
    expect(plan.choices.size).toBe(0);
    plan = importPlanReducer(plan, { type: 'chooseAll', choice: 'update' });
    expect([...plan.choices]).toEqual([
      [2, 'update'],
      [3, 'update'],
    ]);
  });

  it('a saved mapping, applied, sets columns, stages, sources and the notes choice; unknown stages are proposed', () => {
    const template = templateOf(
      'Leads',
      {
        headers: ['Source', 'Title', 'Stage'],
        mapping: { source: 0, title: 1, stage: 2 },
        pipelineId: pipeline.id,
        stageMap: { 'Lead Nurturing': stage(pipeline, 'mql') },
        sourceMap: { Webinar: 'event' },
        defaultSource: 'social',
        keepUnmapped: false,
      },
      5,
    );
    const plan = importPlanReducer(afterParse(), { type: 'applyTemplate', template, pipeline });
    expect(plan.applied).toBe('Leads');
    expect(plan.mapping).toEqual({ title: 0, stage: 1, source: 2 });
    expect(plan.stageMap).toEqual({
      'Lead Nurturing': stage(pipeline, 'mql'),
      'Sales Qualified Lead': stage(pipeline, 'sql'),
    });
    expect(plan.sourceMap.Webinar).toBe('event');
    expect(plan).toMatchObject({ defaultSource: 'social', keepUnmapped: false });
  });
});
