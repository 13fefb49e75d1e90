import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Activity, Deal, Pipeline, StageHistoryEntry } from '../model';
import { Deal as DealSchema, SIGNAL_KINDS, StageHistoryEntry as HistorySchema } from '../model';
import type { TransitionRequest } from './decision';
import { applyTransition, decideTransition } from './transitions';
import { forecastByMonth } from './forecast';
import { defaultSettings } from './defaults/settings';
import {
  confirmedBant,
  idMaker,
  makeDeal,
  makeSignal,
  T0,
  testPipeline,
  wonOutcome,
} from './testing/fixtures';
import { HOUR_MS } from './time';

const settings = defaultSettings();
const reasonArb = fc.constantFrom(
  '',
  'Price',
  'Competitor',
  'Other',
  'Other',
  'because',
  'Invalid or duplicate data',
);
const stageIdx = fc.integer({ min: 0, max: 8 }); // may point past the end: an unknown stage

type Step =
  | { t: 'move'; delta: number; reason: string; override: boolean }
  | { t: 'win'; value: number; reason: string; override: boolean }
  | { t: 'lose'; reason: string }
  | { t: 'disqualify'; reason: string }
  | { t: 'reject'; to: 'nurturing' | 'disqualify'; feedback: string; reason: string }
  | { t: 'reopen'; idx: number | null; reason: string }
  | { t: 'edit'; field: 'bant' | 'specialist' | 'salAccepted' | 'dataValidated' }
  | { t: 'signal'; signal: (typeof SIGNAL_KINDS)[number] };

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  w(
    8,
    fc.record({
      t: fc.constant('move' as const),
      delta: fc.integer({ min: -3, max: 3 }),
      reason: reasonArb,
      override: fc.boolean(),
    }),
  ),
  w(
    2,
    fc.record({
      t: fc.constant('win' as const),
      value: fc.constantFrom(0, 5_000),
      reason: reasonArb,
      override: fc.boolean(),
    }),
  ),
  w(1, fc.record({ t: fc.constant('lose' as const), reason: reasonArb })),
  w(1, fc.record({ t: fc.constant('disqualify' as const), reason: reasonArb })),
  w(
    2,
    fc.record({
      t: fc.constant('reject' as const),
      to: fc.constantFrom('nurturing' as const, 'disqualify' as const),
      feedback: fc.constantFrom('', 'bad data'),
      reason: reasonArb,
    }),
  ),
  w(
    2,
    fc.record({
      t: fc.constant('reopen' as const),
      idx: fc.option(stageIdx, { nil: null }),
      reason: reasonArb,
    }),
  ),
  w(
    4,
    fc.record({
      t: fc.constant('edit' as const),
      field: fc.constantFrom(
        'bant' as const,
        'specialist' as const,
        'salAccepted' as const,
        'dataValidated' as const,
      ),
    }),
  ),
  w(2, fc.record({ t: fc.constant('signal' as const), signal: fc.constantFrom(...SIGNAL_KINDS) })),
);

/** Default stages, some removed and the rest shuffled: the rules must hold on any pipeline. */
const pipelineArb: fc.Arbitrary<Pipeline> = fc.oneof(
  fc.constant(testPipeline),
  fc.shuffledSubarray(testPipeline.stages, { minLength: 1 }).map((stages) => ({ ...testPipeline, stages })),
);

function toRequest(step: Step, pipeline: Pipeline, deal: Deal): TransitionRequest | null {
  const id = (i: number) => pipeline.stages[i]?.id ?? 'unknown-stage';
  const current = pipeline.stages.findIndex((s) => s.id === deal.stageId);
  switch (step.t) {
    case 'move':
      return {
        kind: 'move',
        toStageId: id(current + step.delta),
        reason: step.reason,
        override: step.override,
      };
    case 'win':
      return {
        kind: 'win',
        outcome: wonOutcome({ contractValue: step.value }),
        reason: step.reason,
        override: step.override,
      };
    case 'lose':
      return { kind: 'lose', reason: step.reason };
    case 'disqualify':
      return { kind: 'disqualify', reason: step.reason };
    case 'reject':
      return { kind: 'reject-sal', to: step.to, feedback: step.feedback, reason: step.reason };
    case 'reopen':
      return step.idx === null
        ? { kind: 'reopen', reason: step.reason }
        : { kind: 'reopen', toStageId: id(step.idx), reason: step.reason };
    default:
      return null;
  }
}

function edit(deal: Deal, step: Step): Deal {
  if (step.t !== 'edit') return deal;
  if (step.field === 'bant') return { ...deal, bant: confirmedBant() };
  if (step.field === 'specialist') return { ...deal, specialistMeeting: !deal.specialistMeeting };
  return { ...deal, [step.field]: !deal[step.field] };
}

function checkInvariants(deal: Deal, pipeline: Pipeline, history: StageHistoryEntry[]) {
  expect(pipeline.stages.filter((s) => s.id === deal.stageId)).toHaveLength(1);
  DealSchema.parse(deal);
  const expectedOutcome = { open: null, won: 'won', lost: 'lost', disqualified: 'disqualified' }[deal.status];
  expect(deal.outcome?.kind ?? null).toBe(expectedOutcome);
  const closedIdx = pipeline.stages.findIndex((s) => s.kind === 'closed');
  const idx = pipeline.stages.findIndex((s) => s.id === deal.stageId);
  // A won deal never sits before Closed Deal: it got there by winning and only reopening takes it back.
  if (deal.status === 'won' && closedIdx >= 0) expect(idx).toBeGreaterThanOrEqual(closedIdx);
  for (let i = 1; i < history.length; i++) {
    const [prev, cur] = [history[i - 1], history[i]];
    expect(cur?.fromStageId).toBe(prev?.toStageId);
    expect(cur?.fromStatus).toBe(prev?.toStatus);
    expect(cur?.at ?? 0).toBeGreaterThanOrEqual(prev?.at ?? 0);
  }
  const last = history[history.length - 1];
  if (last) expect([last.toStageId, last.toStatus]).toEqual([deal.stageId, deal.status]);
}

describe('engine command sequences', () => {
  it('keep a deal in exactly one stage, history consistent and time-ordered, blocked commands inert', () => {
    fc.assert(
      fc.property(
        pipelineArb,
        fc.array(fc.tuple(stepArb, fc.integer({ min: 0, max: 48 * HOUR_MS })), { maxLength: 40 }),
        (pipeline, steps) => {
          const first = pipeline.stages[0];
          if (!first) return;
          let deal = makeDeal({ stageId: first.id });
          let activities: Activity[] = [];
          const history: StageHistoryEntry[] = [];
          const newId = idMaker('h');
          let now = T0;
          for (const [step, dt] of steps) {
            now += dt;
            if (step.t === 'signal')
              activities = [...activities, makeSignal(step.signal, now, deal.id, `s${activities.length}`)];
            deal = edit(deal, step);
            const req = toRequest(step, pipeline, deal);
            if (!req) continue;
            const ctx = { deal, pipeline, settings, activities, hasHandoff: false, now };
            const snapshot = structuredClone(ctx);
            const decision = decideTransition(ctx, req);
            const result = applyTransition(ctx, req, { newId });
            expect(ctx).toEqual(snapshot);
            expect(result.ok).toBe(decision.allowed);
            if (!result.ok) {
              expect(decision.unmet.length > 0 || decision.transition === 'none').toBe(true);
              continue;
            }
            HistorySchema.parse(result.history);
            expect(result.history).toMatchObject({
              fromStageId: deal.stageId,
              fromStatus: deal.status,
              toStageId: result.deal.stageId,
              toStatus: result.deal.status,
              at: now,
            });
            if (result.history.overridden) expect(['skip', 'won']).toContain(decision.transition);
            deal = result.deal;
            history.push(result.history);
            checkInvariants(deal, pipeline, history);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000); // CPU-bound; a generous timeout so a busy machine never fails it
});

describe('forecast by month', () => {
  const kinds = ['lead-generation', 'nurturing', 'mql', 'sal', 'sql', 'closed', 'post-sale'] as const;
  const dealArb = fc.record({
    stage: fc.integer({ min: 0, max: 4 }),
    value: fc.integer({ min: 1, max: 1_000_000 }),
    probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    month: fc.integer({ min: 1, max: 12 }),
    won: fc.boolean(),
  });
  it('never decreases in any month when a deal in it is won (at its value)', () => {
    fc.assert(
      fc.property(fc.array(dealArb, { minLength: 1, maxLength: 20 }), fc.nat(), (specs, pick) => {
        const deals: Deal[] = specs.map((s, i) =>
          makeDeal(
            {
              id: `d${i}`,
              value: s.value,
              probability: s.probability,
              expectedClose: `2026-${String(s.month).padStart(2, '0')}-15`,
              ...(s.won ? { status: 'won' as const, outcome: wonOutcome({ contractValue: s.value }) } : {}),
            },
            s.won ? 'closed' : kinds[s.stage],
          ),
        );
        const open = deals.filter((d) => d.status === 'open');
        const target = open[pick % Math.max(1, open.length)];
        if (!target) return;
        const r = applyTransition(
          { deal: target, pipeline: testPipeline, settings, activities: [], hasHandoff: false, now: T0 },
          {
            kind: 'win',
            outcome: wonOutcome({ contractValue: target.value }),
            override: true,
            reason: 'test',
          },
          { newId: idMaker('h') },
        );
        if (!r.ok) throw new Error(r.decision.message);
        const before = new Map(forecastByMonth(deals, testPipeline).map((m) => [m.month, m.total]));
        const after = forecastByMonth(
          deals.map((d) => (d.id === target.id ? r.deal : d)),
          testPipeline,
        );
        for (const m of after) expect(m.total).toBeGreaterThanOrEqual((before.get(m.month) ?? 0) - 1e-6);
        for (const month of before.keys()) expect(after.some((m) => m.month === month)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
