// Builders shared by the engine's tests (not used by app code).
import type {
  Activity,
  Bant,
  Deal,
  Pipeline,
  SignalKind,
  StageDef,
  StageKind,
  WonOutcome,
} from '../../model';
import { Deal as DealSchema, makeDeal as makeModelDeal } from '../../model';
import type { TransitionContext } from '../decision';
import { createDefaultPipeline } from '../defaults/stages';
import { defaultSettings } from '../defaults/settings';

/** Monday 5 January 2026, 10:00 local time. */
export const T0 = new Date(2026, 0, 5, 10, 0, 0).getTime();

export function idMaker(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export const testPipeline: Pipeline = createDefaultPipeline(idMaker('stage'), T0);

export function stageOf(kind: StageKind, pipeline: Pipeline = testPipeline): StageDef {
  const stage = pipeline.stages.find((s) => s.kind === kind);
  if (!stage) throw new Error(`no ${kind} stage`);
  return stage;
}

export function confirmedBant(): Bant {
  const c = { state: 'confirmed' as const, note: '' };
  return { budget: { ...c }, authority: { ...c }, need: { ...c }, timeframe: { ...c } };
}

export function makeDeal(overrides: Partial<Deal> = {}, kind: StageKind = 'lead-generation'): Deal {
  const deal = makeModelDeal(
    {
      id: 'deal-1',
      pipelineId: testPipeline.id,
      stageId: stageOf(kind).id,
      title: 'Acme rollout',
      source: 'event',
      companyName: 'Acme',
      value: 10_000,
      ...overrides,
    },
    T0,
  );
  return DealSchema.parse(deal);
}

export function makeSignal(
  signal: SignalKind,
  at: number,
  dealId = 'deal-1',
  id = `act-${signal}-${at}`,
): Activity {
  return {
    id,
    dealId,
    contactId: null,
    type: 'signal',
    signal,
    subject: '',
    body: '',
    painPoint: false,
    at,
    createdAt: at,
  };
}

export function wonOutcome(overrides: Partial<WonOutcome> = {}): WonOutcome {
  return {
    kind: 'won',
    signedDate: '2026-01-05',
    contractValue: 25_000,
    termMonths: 12,
    poNumber: 'PO-1',
    commission: { type: 'rate', value: 0.1 },
    reference: false,
    testimonial: false,
    caseStudy: false,
    ...overrides,
  };
}

export function ctxFor(deal: Deal, extra: Partial<TransitionContext> = {}): TransitionContext {
  return {
    deal,
    pipeline: testPipeline,
    settings: defaultSettings(),
    activities: [],
    hasHandoff: false,
    now: T0 + 60_000,
    ...extra,
  };
}
