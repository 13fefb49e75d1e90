import type { Deal, StageDef } from '../model';
import type { Plan, TransitionContext, TransitionRequest } from './decision';
import type { Requirement } from './gates';
import { HARD_GATES, stageRequirements } from './gates';
import { indexOfKind, stageById, stageOfKind } from './pipelineQuery';
import { hasText, matchChoice, nonePlan, reasonRequirement, statusPlan } from './planHelpers';

type Req<K extends TransitionRequest['kind']> = Extract<TransitionRequest, { kind: K }>;

const SHORT = 300;
const LONG = 20_000;

function closing(
  ctx: TransitionContext,
  choices: string[],
): Omit<Plan, 'transition' | 'toStatus' | 'unmet' | 'patch' | 'historyReason'> {
  return {
    toStageId: ctx.deal.stageId,
    requiresReason: true,
    reasonChoices: [...choices],
    canOverride: false,
    overridden: false,
  };
}

/** Lost deals keep their stage (so it shows where they were lost); reopen brings them back. */
export function planLose(ctx: TransitionContext, req: Req<'lose'>): Plan {
  if (ctx.deal.status !== 'open') return statusPlan(ctx, `This deal is already ${ctx.deal.status}.`);
  const choice = matchChoice(ctx.settings.lostReasons, req.reason);
  const competitor = (req.competitor ?? '').trim().slice(0, SHORT);
  return {
    ...closing(ctx, ctx.settings.lostReasons),
    transition: 'lost',
    toStatus: 'lost',
    unmet: choice ? [] : [reasonRequirement('Choose why the deal was lost.', 'Choose a lost reason')],
    patch: choice
      ? { outcome: { kind: 'lost', reason: choice, competitor, note: (req.note ?? '').slice(0, LONG) } }
      : {},
    historyReason: competitor ? `${choice ?? ''} (competitor: ${competitor})` : (choice ?? ''),
  };
}

export function planDisqualify(ctx: TransitionContext, req: Req<'disqualify'>): Plan {
  if (ctx.deal.status !== 'open') return statusPlan(ctx, `This deal is already ${ctx.deal.status}.`);
  const choice = matchChoice(ctx.settings.disqualifyReasons, req.reason);
  return {
    ...closing(ctx, ctx.settings.disqualifyReasons),
    transition: 'disqualified',
    toStatus: 'disqualified',
    unmet: choice
      ? []
      : [reasonRequirement('Choose why the lead is disqualified.', 'Choose a disqualify reason')],
    patch: choice
      ? { outcome: { kind: 'disqualified', reason: choice, feedback: (req.feedback ?? '').slice(0, LONG) } }
      : {},
    historyReason: choice ?? '',
  };
}

/** A SAL that fails the quality criteria: back to Nurturing, or disqualified, with lead-quality feedback. */
export function planRejectSal(ctx: TransitionContext, req: Req<'reject-sal'>): Plan {
  const { deal, pipeline, settings } = ctx;
  if (deal.status !== 'open') return statusPlan(ctx, `This deal is already ${deal.status}.`);
  if (stageById(pipeline, deal.stageId)?.kind !== 'sal')
    return nonePlan(ctx, 'Only a Sales Accepted Lead can be rejected.');
  const feedback = req.feedback.trim().slice(0, LONG);
  const unmet: Requirement[] = feedback
    ? []
    : [reasonRequirement('Give feedback on lead quality for marketing.', 'Give feedback')];
  const base = { requiresReason: true, canOverride: false, overridden: false, transition: 'reject' as const };
  if (req.to === 'nurturing') {
    const nurturing = stageOfKind(pipeline, 'nurturing');
    if (!nurturing)
      return nonePlan(ctx, 'This pipeline has no Lead Nurturing stage: disqualify the lead instead.');
    return {
      ...base,
      toStageId: nurturing.id,
      toStatus: 'open',
      unmet,
      reasonChoices: null,
      patch: { salAccepted: false },
      historyReason: `Rejected as SAL: ${feedback}`,
    };
  }
  const choice = matchChoice(settings.disqualifyReasons, req.reason);
  if (!choice)
    unmet.push(reasonRequirement('Choose why the lead is disqualified.', 'Choose a disqualify reason'));
  return {
    ...base,
    toStageId: deal.stageId,
    toStatus: 'disqualified',
    unmet,
    reasonChoices: [...settings.disqualifyReasons],
    patch: choice ? { salAccepted: false, outcome: { kind: 'disqualified', reason: choice, feedback } } : {},
    historyReason: `Rejected as SAL: ${choice ?? ''}`,
  };
}

/** Where a reopened deal goes by default: its own stage, or the one before Closed Deal if it was won/closed. */
function defaultReopenStage(ctx: TransitionContext, deal: Deal): StageDef | undefined {
  const stages = ctx.pipeline.stages;
  const current = stageById(ctx.pipeline, deal.stageId);
  if (current && current.kind !== 'closed' && current.kind !== 'post-sale') return current;
  const closedIdx = indexOfKind(ctx.pipeline, 'closed');
  const before = closedIdx > 0 ? stages[closedIdx - 1] : undefined;
  return before ?? stages.find((s) => s.kind !== 'closed' && s.kind !== 'post-sale') ?? stages[0];
}

export function planReopen(ctx: TransitionContext, req: Req<'reopen'>): Plan {
  const { deal } = ctx;
  if (deal.status === 'open') return nonePlan(ctx, 'The deal is already open.');
  const target = req.toStageId ? stageById(ctx.pipeline, req.toStageId) : defaultReopenStage(ctx, deal);
  if (!target) return nonePlan(ctx, 'That stage is not part of this pipeline.');
  const prospective: Deal = { ...deal, status: 'open', outcome: null };
  const unmet = stageRequirements(target, prospective, ctx, { passedOver: false, only: HARD_GATES });
  if (!hasText(req.reason)) unmet.push(reasonRequirement('Say why the deal is reopened.'));
  return {
    transition: 'reopen',
    toStageId: target.id,
    toStatus: 'open',
    unmet,
    requiresReason: true,
    reasonChoices: null,
    canOverride: false,
    overridden: false,
    historyReason: req.reason.trim(),
    patch: { outcome: null },
  };
}
