import type { Duration, GateId, Pipeline, StageDef, StageKind } from '../../model';
import { STAGE_GUIDANCE } from './stageGuidance';

type DefaultKind = Exclude<StageKind, 'custom'>;

interface StageSpec {
  kind: DefaultKind;
  name: string;
  probability: number;
  staleAfter: Duration;
  cadence: Duration;
  gates: GateId[];
}

const days = (amount: number): Duration => ({ amount, unit: 'days' });
const hours = (amount: number): Duration => ({ amount, unit: 'hours' });

/** The seven stages of DOMAIN.md, in order. Gates are entry requirements of their stage. */
export const DEFAULT_STAGE_SPECS: readonly StageSpec[] = [
  {
    kind: 'lead-generation',
    name: 'Lead Generation',
    probability: 0.05,
    staleAfter: days(7),
    cadence: days(2),
    gates: [],
  },
  {
    kind: 'nurturing',
    name: 'Lead Nurturing',
    probability: 0.1,
    staleAfter: days(14),
    cadence: days(7),
    gates: [],
  },
  {
    kind: 'mql',
    name: 'Marketing Qualified Lead',
    probability: 0.2,
    staleAfter: days(5),
    cadence: hours(48),
    gates: ['mql-definition'],
  },
  {
    kind: 'sal',
    name: 'Sales Accepted Lead',
    probability: 0.3,
    staleAfter: days(3),
    cadence: hours(24),
    gates: ['sales-acceptance'],
  },
  {
    kind: 'sql',
    name: 'Sales Qualified Lead',
    probability: 0.5,
    staleAfter: days(10),
    cadence: days(3),
    gates: ['data-validated', 'purchase-intent'],
  },
  {
    kind: 'closed',
    name: 'Closed Deal',
    probability: 1,
    staleAfter: days(7),
    cadence: days(2),
    gates: ['outcome-recorded'],
  },
  {
    kind: 'post-sale',
    name: 'Post-Sale',
    probability: 1,
    staleAfter: days(14),
    cadence: days(2),
    gates: ['deal-won'],
  },
];

export function defaultStage(spec: StageSpec, id: string): StageDef {
  const guidance = STAGE_GUIDANCE[spec.kind];
  return {
    id,
    kind: spec.kind,
    name: spec.name,
    probability: spec.probability,
    staleAfter: { ...spec.staleAfter },
    cadence: { ...spec.cadence },
    gates: [...spec.gates],
    guidance: {
      questions: [...guidance.questions],
      signals: [...guidance.signals],
      exitCriteria: [...guidance.exitCriteria],
    },
  };
}

/** A fresh copy of the default seven-stage pipeline, with new ids. */
export function createDefaultPipeline(newId: () => string, now: number, name = 'Sales pipeline'): Pipeline {
  return {
    id: newId(),
    name,
    stages: DEFAULT_STAGE_SPECS.map((spec) => defaultStage(spec, newId())),
    order: 0,
    createdAt: now,
    updatedAt: now,
  };
}
