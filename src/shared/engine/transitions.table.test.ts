import { describe, expect, it } from 'vitest';
import type { Deal, StageKind } from '../model';
import { Deal as DealSchema, StageHistoryEntry } from '../model';
import type { TransitionContext, TransitionKind, TransitionRequest } from './decision';
import type { Requirement } from './gates';
import { applyTransition, decideTransition } from './transitions';
import { DEFAULT_LOST_REASONS, DEFAULT_DISQUALIFY_REASONS } from './defaults/settings';
import {
  confirmedBant,
  ctxFor,
  idMaker,
  makeDeal,
  makeSignal,
  stageOf,
  T0,
  wonOutcome,
} from './testFixtures';

const NOW = T0 + 60_000;
const to = (kind: StageKind) => stageOf(kind).id;
const move = (
  kind: StageKind,
  extra: Partial<Extract<TransitionRequest, { kind: 'move' }>> = {},
): TransitionRequest => ({
  kind: 'move',
  toStageId: to(kind),
  ...extra,
});
const won = (kind: StageKind, o: Partial<Deal> = {}) =>
  makeDeal({ status: 'won', outcome: wonOutcome(), ...o }, kind);
const lost = (kind: StageKind) =>
  makeDeal({ status: 'lost', outcome: { kind: 'lost', reason: 'Price', competitor: '', note: '' } }, kind);
const highFit: Partial<Deal> = {
  profile: {
    ...makeDeal().profile,
    decisionRole: 'decision-maker',
    companySize: '201-1000',
    industry: 'Software',
  },
};
const intentSignals = (
  ['trial-request', 'roi-content-request', 'proposal-opened', 'meeting-held'] as const
).map((s) => makeSignal(s, NOW));

interface Case {
  name: string;
  ctx: TransitionContext;
  req: TransitionRequest;
  allowed: boolean;
  transition: TransitionKind;
  /** Gates of the unmet requirements, in order. */
  unmet?: Requirement['gate'][];
  toKind?: StageKind;
  toStatus?: Deal['status'];
  canOverride?: boolean;
  extra?: (r: ReturnType<typeof applyTransition>) => void;
}

const cases: Case[] = [
  // forward, one gate at a time
  {
    name: 'Lead Generation → Nurturing has no gate',
    ctx: ctxFor(makeDeal()),
    req: move('nurturing'),
    allowed: true,
    transition: 'forward',
    toKind: 'nurturing',
    toStatus: 'open',
  },
  {
    name: 'Nurturing → MQL blocked: BANT, specialist, or the MQL questions',
    ctx: ctxFor(makeDeal({}, 'nurturing')),
    req: move('mql'),
    allowed: false,
    transition: 'forward',
    unmet: ['mql-definition', 'mql-definition', 'mql-definition'],
    canOverride: false,
  },
  {
    name: 'Nurturing → MQL blocked when BANT is complete but no specialist meeting',
    ctx: ctxFor(makeDeal({ bant: confirmedBant() }, 'nurturing')),
    req: move('mql'),
    allowed: false,
    transition: 'forward',
    unmet: ['mql-definition', 'mql-definition'],
    extra: (r) => expect(r.decision.unmet.map((u) => u.fix.action)).toEqual(['set-specialist', 'answer-mql']),
  },
  {
    name: 'Nurturing → MQL with BANT and a specialist meeting',
    ctx: ctxFor(makeDeal({ bant: confirmedBant(), specialistMeeting: true }, 'nurturing')),
    req: move('mql'),
    allowed: true,
    transition: 'forward',
    toKind: 'mql',
  },
  {
    name: 'Nurturing → MQL with every MQL question answered yes',
    ctx: ctxFor(
      makeDeal(
        { mqlAnswers: { pain: true, role: true, budget: true, timing: true, fit: true, specialist: true } },
        'nurturing',
      ),
    ),
    req: move('mql'),
    allowed: true,
    transition: 'forward',
    toKind: 'mql',
  },
  {
    name: 'MQL → SAL blocked without acceptance or score',
    ctx: ctxFor(makeDeal({}, 'mql')),
    req: move('sal'),
    allowed: false,
    transition: 'forward',
    unmet: ['sales-acceptance'],
  },
  {
    name: 'MQL → SAL when the rep accepted it',
    ctx: ctxFor(makeDeal({ salAccepted: true }, 'mql')),
    req: move('sal'),
    allowed: true,
    transition: 'forward',
    toKind: 'sal',
  },
  {
    name: 'MQL → SAL auto-accepted by a score ≥ 80',
    ctx: ctxFor(makeDeal(highFit, 'mql'), { activities: intentSignals }),
    req: move('sal'),
    allowed: true,
    transition: 'forward',
    toKind: 'sal',
    extra: (r) => expect(r.decision.suggestion).toBe('Contact within 24 h'),
  },
  {
    name: 'SAL → SQL needs validated data and purchase intent',
    ctx: ctxFor(makeDeal({}, 'sal')),
    req: move('sql'),
    allowed: false,
    transition: 'forward',
    unmet: ['data-validated', 'purchase-intent'],
  },
  {
    name: 'SAL → SQL validated but no intent',
    ctx: ctxFor(makeDeal({ dataValidated: true }, 'sal')),
    req: move('sql'),
    allowed: false,
    transition: 'forward',
    unmet: ['purchase-intent'],
  },
  {
    name: 'SAL → SQL validated with a trial request',
    ctx: ctxFor(makeDeal({ dataValidated: true }, 'sal'), { activities: [makeSignal('trial-request', T0)] }),
    req: move('sql'),
    allowed: true,
    transition: 'forward',
    toKind: 'sql',
  },
  {
    name: 'SQL → Closed by move needs an outcome (use win/lose)',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: move('closed'),
    allowed: false,
    transition: 'forward',
    unmet: ['outcome-recorded'],
    canOverride: false,
  },
  // won
  {
    name: 'SQL → win moves to Closed Deal as won, value = contract value',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: { kind: 'win', outcome: wonOutcome({ contractValue: 42_000 }) },
    allowed: true,
    transition: 'won',
    toKind: 'closed',
    toStatus: 'won',
    extra: (r) => {
      expect(r.ok && r.deal.value).toBe(42_000);
      expect(r.ok && r.deal.outcome?.kind).toBe('won');
      expect(r.ok && r.history.reason).toBe('Won: signed 2026-01-05');
    },
  },
  {
    name: 'win without a contract value is blocked',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: { kind: 'win', outcome: wonOutcome({ contractValue: 0 }) },
    allowed: false,
    transition: 'won',
    unmet: ['outcome-recorded'],
  },
  {
    name: 'win from SAL passes over SQL: its gates apply',
    ctx: ctxFor(makeDeal({}, 'sal')),
    req: { kind: 'win', outcome: wonOutcome() },
    allowed: false,
    transition: 'won',
    unmet: ['data-validated', 'purchase-intent'],
    canOverride: true,
  },
  {
    name: 'win from SAL with an override and a reason',
    ctx: ctxFor(makeDeal({}, 'sal')),
    req: { kind: 'win', outcome: wonOutcome(), override: true, reason: 'Signed straight from the demo' },
    allowed: true,
    transition: 'won',
    toKind: 'closed',
    toStatus: 'won',
    extra: (r) => expect(r.ok && r.history.overridden).toBe(true),
  },
  {
    name: 'won → Post-Sale starts the handoff',
    ctx: ctxFor(won('closed')),
    req: move('post-sale'),
    allowed: true,
    transition: 'forward',
    toKind: 'post-sale',
    toStatus: 'won',
    extra: (r) => expect(r.decision.startsHandoff).toBe(true),
  },
  {
    name: 'won → Post-Sale with a checklist already there',
    ctx: ctxFor(won('closed'), { hasHandoff: true }),
    req: move('post-sale'),
    allowed: true,
    transition: 'forward',
    extra: (r) => expect(r.decision.startsHandoff).toBe(false),
  },
  {
    name: 'an open deal cannot skip into Post-Sale (hard gates)',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: move('post-sale', { override: true, reason: 'x' }),
    allowed: false,
    transition: 'skip',
    unmet: ['outcome-recorded', 'deal-won'],
    canOverride: false,
  },
  // skip
  {
    name: 'skip Nurturing straight to MQL when the MQL definition is met',
    ctx: ctxFor(makeDeal({ bant: confirmedBant(), specialistMeeting: true })),
    req: move('mql'),
    allowed: true,
    transition: 'skip',
    toKind: 'mql',
  },
  {
    name: 'skip to SAL: the passed-over MQL gate can be overridden',
    ctx: ctxFor(makeDeal({ salAccepted: true })),
    req: move('sal'),
    allowed: false,
    transition: 'skip',
    unmet: ['mql-definition', 'mql-definition', 'mql-definition'],
    canOverride: true,
  },
  {
    name: 'skip to SAL with an override and a reason',
    ctx: ctxFor(makeDeal({ salAccepted: true })),
    req: move('sal', { override: true, reason: 'Inbound request from the CIO' }),
    allowed: true,
    transition: 'skip',
    toKind: 'sal',
    extra: (r) => {
      expect(r.ok && r.history.overridden).toBe(true);
      expect(r.ok && r.history.reason).toBe('Inbound request from the CIO');
    },
  },
  {
    name: 'an override needs a reason',
    ctx: ctxFor(makeDeal({ salAccepted: true })),
    req: move('sal', { override: true }),
    allowed: false,
    transition: 'skip',
    unmet: ['reason'],
  },
  {
    name: "the target's own gates are never overridden",
    ctx: ctxFor(makeDeal()),
    req: move('sal', { override: true, reason: 'want to' }),
    allowed: false,
    transition: 'skip',
    unmet: ['mql-definition', 'mql-definition', 'mql-definition', 'sales-acceptance'],
    canOverride: false,
  },
  {
    name: 'interested lead without budget/need/timeframe is steered to Nurturing',
    ctx: ctxFor(makeDeal({ specialistMeeting: true })),
    req: move('mql'),
    allowed: false,
    transition: 'skip',
    extra: (r) => expect(r.decision.suggestion).toMatch(/move to Lead Nurturing/),
  },
  // backward
  {
    name: 'backward needs a reason',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: move('nurturing'),
    allowed: false,
    transition: 'backward',
    unmet: ['reason'],
  },
  {
    name: 'backward with a reason skips entry gates',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: move('nurturing', { reason: 'Budget frozen until Q3' }),
    allowed: true,
    transition: 'backward',
    toKind: 'nurturing',
    extra: (r) => expect(r.ok && r.history.reason).toBe('Budget frozen until Q3'),
  },
  {
    name: 'a won deal moves back from Post-Sale to Closed with a reason',
    ctx: ctxFor(won('post-sale')),
    req: move('closed', { reason: 'handoff redone' }),
    allowed: true,
    transition: 'backward',
    toStatus: 'won',
  },
  {
    name: 'a won deal cannot move before Closed Deal',
    ctx: ctxFor(won('closed')),
    req: move('sql', { reason: 'x' }),
    allowed: false,
    transition: 'none',
    unmet: ['status'],
  },
  // lost
  {
    name: 'lose with a listed reason keeps the stage',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: { kind: 'lose', reason: 'chose a competitor', competitor: 'Globex' },
    allowed: true,
    transition: 'lost',
    toKind: 'sql',
    toStatus: 'lost',
    extra: (r) => {
      expect(r.ok && r.deal.outcome).toEqual({
        kind: 'lost',
        reason: 'Chose a competitor',
        competitor: 'Globex',
        note: '',
      });
      expect(r.ok && r.history.reason).toBe('Chose a competitor (competitor: Globex)');
    },
  },
  {
    name: 'lose with a reason not in the list',
    ctx: ctxFor(makeDeal({}, 'sql')),
    req: { kind: 'lose', reason: 'felt like it' },
    allowed: false,
    transition: 'lost',
    unmet: ['reason'],
    extra: (r) => expect(r.decision.reasonChoices).toEqual([...DEFAULT_LOST_REASONS]),
  },
  {
    name: 'a lost deal cannot move until reopened',
    ctx: ctxFor(lost('sql')),
    req: move('closed'),
    allowed: false,
    transition: 'none',
    unmet: ['status'],
  },
  // disqualified
  {
    name: 'disqualify with a listed reason',
    ctx: ctxFor(makeDeal()),
    req: { kind: 'disqualify', reason: 'Competitor', feedback: 'works at Globex' },
    allowed: true,
    transition: 'disqualified',
    toKind: 'lead-generation',
    toStatus: 'disqualified',
  },
  {
    name: 'disqualify without a listed reason',
    ctx: ctxFor(makeDeal()),
    req: { kind: 'disqualify', reason: '' },
    allowed: false,
    transition: 'disqualified',
    unmet: ['reason'],
    extra: (r) => expect(r.decision.reasonChoices).toEqual([...DEFAULT_DISQUALIFY_REASONS]),
  },
  // SAL rejection
  {
    name: 'reject a SAL back to Nurturing with feedback',
    ctx: ctxFor(makeDeal({ salAccepted: true }, 'sal')),
    req: { kind: 'reject-sal', to: 'nurturing', feedback: 'Phone number invalid, no project yet' },
    allowed: true,
    transition: 'reject',
    toKind: 'nurturing',
    toStatus: 'open',
    extra: (r) => {
      expect(r.ok && r.deal.salAccepted).toBe(false);
      expect(r.ok && r.history.reason).toBe('Rejected as SAL: Phone number invalid, no project yet');
    },
  },
  {
    name: 'reject a SAL needs feedback',
    ctx: ctxFor(makeDeal({}, 'sal')),
    req: { kind: 'reject-sal', to: 'nurturing', feedback: '  ' },
    allowed: false,
    transition: 'reject',
    unmet: ['reason'],
  },
  {
    name: 'reject a SAL and disqualify it',
    ctx: ctxFor(makeDeal({}, 'sal')),
    req: {
      kind: 'reject-sal',
      to: 'disqualify',
      feedback: 'Student download',
      reason: 'Student, job seeker or vendor',
    },
    allowed: true,
    transition: 'reject',
    toKind: 'sal',
    toStatus: 'disqualified',
    extra: (r) =>
      expect(r.ok && r.deal.outcome).toEqual({
        kind: 'disqualified',
        reason: 'Student, job seeker or vendor',
        feedback: 'Student download',
      }),
  },
  {
    name: 'reject-to-disqualify needs a listed reason',
    ctx: ctxFor(makeDeal({}, 'sal')),
    req: { kind: 'reject-sal', to: 'disqualify', feedback: 'bad' },
    allowed: false,
    transition: 'reject',
    unmet: ['reason'],
  },
  {
    name: 'only a SAL can be rejected',
    ctx: ctxFor(makeDeal({}, 'mql')),
    req: { kind: 'reject-sal', to: 'nurturing', feedback: 'bad' },
    allowed: false,
    transition: 'none',
    unmet: [],
  },
  // reopen
  {
    name: 'reopen a lost deal in its stage',
    ctx: ctxFor(lost('sql')),
    req: { kind: 'reopen', reason: 'They called back' },
    allowed: true,
    transition: 'reopen',
    toKind: 'sql',
    toStatus: 'open',
    extra: (r) => {
      expect(r.ok && r.deal.outcome).toBeNull();
      expect(r.ok && r.deal.stageEnteredAt).toBe(NOW);
    },
  },
  {
    name: 'reopen needs a reason',
    ctx: ctxFor(lost('sql')),
    req: { kind: 'reopen', reason: '' },
    allowed: false,
    transition: 'reopen',
    unmet: ['reason'],
  },
  {
    name: 'reopen a won deal goes back before Closed Deal',
    ctx: ctxFor(won('post-sale')),
    req: { kind: 'reopen', reason: 'contract voided' },
    allowed: true,
    transition: 'reopen',
    toKind: 'sql',
    toStatus: 'open',
  },
  {
    name: 'reopen into Closed Deal is blocked (no outcome)',
    ctx: ctxFor(lost('sql')),
    req: { kind: 'reopen', reason: 'x', toStageId: to('closed') },
    allowed: false,
    transition: 'reopen',
    unmet: ['outcome-recorded'],
  },
  {
    name: 'reopen an open deal does nothing',
    ctx: ctxFor(makeDeal()),
    req: { kind: 'reopen', reason: 'x' },
    allowed: false,
    transition: 'none',
    unmet: [],
  },
  // nothing to do
  {
    name: 'move to the same stage does nothing',
    ctx: ctxFor(makeDeal()),
    req: move('lead-generation'),
    allowed: false,
    transition: 'none',
    unmet: [],
  },
  {
    name: 'move to an unknown stage does nothing',
    ctx: ctxFor(makeDeal()),
    req: { kind: 'move', toStageId: 'nope' },
    allowed: false,
    transition: 'none',
    unmet: [],
  },
];

describe.each(cases)('$name', (c) => {
  it('decides and applies consistently', () => {
    const before = structuredClone(c.ctx);
    const decision = decideTransition(c.ctx, c.req);
    const result = applyTransition(c.ctx, c.req, { newId: idMaker('hist') });
    expect(c.ctx).toEqual(before);
    expect(result.decision).toEqual(decision);
    expect(decision.allowed).toBe(c.allowed);
    expect(decision.transition).toBe(c.transition);
    expect(decision.message.length).toBeGreaterThan(0);
    if (c.unmet) expect(decision.unmet.map((u) => u.gate)).toEqual(c.unmet);
    if (c.canOverride !== undefined) expect(decision.canOverride).toBe(c.canOverride);
    for (const u of decision.unmet) {
      expect(u.message.length).toBeGreaterThan(0);
      expect(u.fix.label.length).toBeGreaterThan(0);
    }
    if (result.ok) {
      expect(c.allowed).toBe(true);
      expect(DealSchema.parse(result.deal)).toEqual(result.deal);
      expect(StageHistoryEntry.parse(result.history)).toEqual(result.history);
      expect(result.history).toMatchObject({
        fromStageId: c.ctx.deal.stageId,
        toStageId: result.deal.stageId,
        fromStatus: c.ctx.deal.status,
        toStatus: result.deal.status,
        at: c.ctx.now,
      });
      if (c.toKind) expect(result.deal.stageId).toBe(to(c.toKind));
      if (c.toStatus) expect(result.deal.status).toBe(c.toStatus);
    } else {
      expect(c.allowed).toBe(false);
      expect(decision.unmet.length > 0 || decision.transition === 'none').toBe(true);
    }
    c.extra?.(result);
  });
});
