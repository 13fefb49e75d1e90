import { expect } from 'vitest';
import type { Case } from './transitionTable';
import { lost, move, NOW, runTable, to, won } from './transitionTable';
import { DEFAULT_DISQUALIFY_REASONS, DEFAULT_LOST_REASONS } from './defaults/settings';
import { ctxFor, makeDeal } from './testing/fixtures';

/** Backward, lost, disqualified, SAL rejection, reopen, and requests that do nothing. */
const cases: Case[] = [
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

runTable(cases);

runTable([
  {
    name: 'a deal of another pipeline does nothing',
    ctx: ctxFor(makeDeal({ pipelineId: 'other' })),
    req: move('nurturing'),
    allowed: false,
    transition: 'none',
    unmet: [],
  },
]);
