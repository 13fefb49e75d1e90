// A small hand-computed pipeline for the insights tests (not used by app code).
import {
  makeDeal,
  makeHistory,
  type CurrencyContext,
  type Deal,
  type DealStatus,
  type Outcome,
  type Pipeline,
  type StageDef,
  type StageHistoryEntry,
  type StageKind,
} from '../../../model';
import { DAY } from '../period';

/** Tuesday 30 June 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 5, 30, 12);

/** Every fixture amount is in US dollars, the home currency. */
export const DOLLARS: CurrencyContext = { home: 'USD', rates: {} };
/** `d` days before NOW. */
export const ago = (d: number) => NOW - d * DAY;

function stage(id: string, kind: StageKind, name: string, probability: number): StageDef {
  const zero = { amount: 0, unit: 'days' as const };
  return {
    id,
    kind,
    name,
    probability,
    staleAfter: zero,
    cadence: zero,
    gates: [],
    guidance: { questions: [], signals: [], exitCriteria: [] },
  };
}

export const pipeline: Pipeline = {
  id: 'p1',
  name: 'Fixture',
  order: 0,
  createdAt: 0,
  updatedAt: 0,
  stages: [
    stage('s1', 'lead-generation', 'Lead', 0.1),
    stage('s2', 'mql', 'MQL', 0.3),
    stage('s3', 'sql', 'SQL', 0.5),
    stage('s4', 'closed', 'Closed', 1),
  ],
};

let n = 0;
const step = (
  dealId: string,
  from: string | null,
  to: string,
  days: number,
  toStatus: DealStatus = 'open',
  pipelineId = 'p1',
): StageHistoryEntry =>
  makeHistory({
    id: `h${++n}`,
    dealId,
    pipelineId,
    fromStageId: from,
    toStageId: to,
    fromStatus: from ? 'open' : null,
    toStatus,
    at: ago(days),
  });

const lost = (reason: string): Outcome => ({ kind: 'lost', reason, competitor: '', note: '' });

function deal(id: string, fields: Partial<Deal> & Pick<Deal, 'stageId' | 'source' | 'createdAt'>): Deal {
  return makeDeal({ id, pipelineId: 'p1', title: id, ...fields }, fields.createdAt);
}

/**
 * d1 Lead→MQL→SQL→won in Closed; d2 lost in MQL (Price); d3 new in Lead; d4 open in SQL
 * (own probability 0.8); d5 to MQL and back to Lead; d6 disqualified in Lead; d7 lost in
 * MQL long ago (Timing); d8 belongs to another pipeline.
 */
export const deals: Deal[] = [
  deal('d1', {
    stageId: 's4',
    status: 'won',
    source: 'event',
    value: 1000,
    createdAt: ago(40),
    outcome: {
      kind: 'won',
      signedDate: '2026-06-25',
      contractValue: 1200,
      termMonths: 12,
      poNumber: '',
      commission: { type: 'rate', value: 0 },
      reference: false,
      testimonial: false,
      caseStudy: false,
    },
  }),
  deal('d2', {
    stageId: 's2',
    status: 'lost',
    source: 'event',
    value: 500,
    createdAt: ago(25),
    outcome: lost('Price'),
  }),
  deal('d3', { stageId: 's1', source: 'trial', value: 200, createdAt: ago(10), expectedClose: '2026-07-15' }),
  deal('d4', {
    stageId: 's3',
    source: 'partner-referral',
    value: 3000,
    probability: 0.8,
    createdAt: ago(100),
    expectedClose: '2026-08-02',
  }),
  deal('d5', { stageId: 's1', source: 'event', value: 400, createdAt: ago(20), expectedClose: '2026-07-01' }),
  deal('d6', {
    stageId: 's1',
    status: 'disqualified',
    source: 'social',
    value: 0,
    createdAt: ago(15),
    outcome: { kind: 'disqualified', reason: 'Student', feedback: '' },
  }),
  deal('d7', {
    stageId: 's2',
    status: 'lost',
    source: 'campaign',
    value: 800,
    createdAt: ago(60),
    outcome: lost('Timing'),
  }),
  {
    ...deal('d8', {
      stageId: 'x1',
      source: 'event',
      value: 9999,
      createdAt: ago(5),
      expectedClose: '2026-07-10',
    }),
    pipelineId: 'p2',
  },
];

export const history: StageHistoryEntry[] = [
  step('d1', null, 's1', 40),
  step('d1', 's1', 's2', 20),
  step('d1', 's2', 's3', 10),
  step('d1', 's3', 's4', 5, 'won'),
  step('d2', null, 's1', 25),
  step('d2', 's1', 's2', 15),
  step('d2', 's2', 's2', 3, 'lost'),
  step('d3', null, 's1', 10),
  step('d4', null, 's1', 100),
  step('d4', 's1', 's2', 50),
  step('d4', 's2', 's3', 28),
  step('d5', null, 's1', 20),
  step('d5', 's1', 's2', 12),
  step('d5', 's2', 's1', 8),
  step('d6', null, 's1', 15),
  step('d6', 's1', 's1', 14, 'disqualified'),
  step('d7', null, 's1', 60),
  step('d7', 's1', 's2', 45),
  step('d7', 's2', 's2', 40, 'lost'),
  step('d8', null, 'x1', 5, 'open', 'p2'),
];
