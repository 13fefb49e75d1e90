import { describe, expect, it } from 'vitest';
import { Pipeline, Settings, STAGE_KINDS } from '../model';
import { createDefaultPipeline, defaultSettings, HANDOFF_KEYS } from './index';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('createDefaultPipeline', () => {
  const pipeline = createDefaultPipeline(counter(), 1_000);

  it('is a valid pipeline of the seven stages in DOMAIN order', () => {
    expect(Pipeline.parse(pipeline)).toEqual(pipeline);
    expect(pipeline.stages.map((s) => s.kind)).toEqual(STAGE_KINDS.filter((k) => k !== 'custom'));
    expect(new Set(pipeline.stages.map((s) => s.id)).size).toBe(7);
  });

  it('uses hours for the MQL and SAL cadence and days elsewhere', () => {
    for (const stage of pipeline.stages) {
      const expected = stage.kind === 'mql' || stage.kind === 'sal' ? 'hours' : 'days';
      expect(stage.cadence.unit, stage.name).toBe(expected);
    }
    expect(pipeline.stages.find((s) => s.kind === 'sal')?.cadence).toEqual({ amount: 24, unit: 'hours' });
  });

  it('has non-decreasing probabilities and real guidance for every stage', () => {
    const probs = pipeline.stages.map((s) => s.probability);
    expect([...probs].sort((a, b) => a - b)).toEqual(probs);
    for (const stage of pipeline.stages) {
      expect(stage.guidance.questions.length, stage.name).toBeGreaterThanOrEqual(3);
      expect(stage.guidance.signals.length, stage.name).toBeGreaterThanOrEqual(2);
      expect(stage.guidance.exitCriteria.length, stage.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('carries the default gates on the stages they guard', () => {
    const gates = Object.fromEntries(pipeline.stages.map((s) => [s.kind, s.gates]));
    expect(gates).toEqual({
      'lead-generation': [],
      nurturing: [],
      mql: ['mql-definition'],
      sal: ['sales-acceptance'],
      sql: ['data-validated', 'purchase-intent'],
      closed: ['outcome-recorded'],
      'post-sale': ['deal-won'],
    });
  });

  it('returns independent copies', () => {
    const a = createDefaultPipeline(counter(), 0);
    const b = createDefaultPipeline(counter(), 0);
    a.stages[0]?.guidance.questions.push('changed');
    expect(b.stages[0]?.guidance.questions).not.toContain('changed');
  });
});

describe('defaultSettings', () => {
  const settings = defaultSettings();

  it('is valid against the Settings schema', () => {
    expect(Settings.parse(settings)).toEqual(settings);
    expect(settings.currency).toBe('USD');
    expect(settings.morningHour).toBe(9);
    expect(settings.scoring.autoAcceptThreshold).toBe(80);
  });

  it('has 4–6 MQL questions with unique ids and a weight for every signal', () => {
    expect(settings.mqlQuestions.length).toBeGreaterThanOrEqual(4);
    expect(settings.mqlQuestions.length).toBeLessThanOrEqual(6);
    expect(new Set(settings.mqlQuestions.map((q) => q.id)).size).toBe(settings.mqlQuestions.length);
    for (const w of Object.values(settings.scoring.signalWeights)) expect(w).toBeGreaterThan(0);
  });

  it('ships the ten handoff sections under the exported keys', () => {
    expect(settings.handoffTemplate.map((s) => s.key)).toEqual(Object.values(HANDOFF_KEYS));
    for (const section of settings.handoffTemplate) expect(section.items.length).toBeGreaterThan(0);
  });
});
