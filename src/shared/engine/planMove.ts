import type { Deal, DealStatus, StageDef } from '../model';
import type { Plan, TransitionContext, TransitionRequest } from './decision';
import type { Requirement } from './gates';
import { HARD_GATES, isCompleteWon, stageRequirements } from './gates';
import { indexOfKind, stageById, stageIndex } from './pipelineQuery';
import {
  autoAcceptance,
  gatesOnTheWay,
  joinReasons,
  hasText,
  nonePlan,
  reasonRequirement,
  resolveOverride,
  statusPlan,
} from './planHelpers';
import { frameworkOf, lacksQualification } from './qualification';

type MoveRequest = Extract<TransitionRequest, { kind: 'move' }>;
type WinRequest = Extract<TransitionRequest, { kind: 'win' }>;

/** Entering Closed Deal or Post-Sale with a won outcome makes the deal won; Closed with a lost outcome, lost. */
function statusAfterMove(deal: Deal, to: StageDef): DealStatus {
  if ((to.kind === 'closed' || to.kind === 'post-sale') && isCompleteWon(deal.outcome)) return 'won';
  if (to.kind === 'closed' && deal.outcome?.kind === 'lost') return 'lost';
  return deal.status;
}

/** Lead Generation → past Nurturing while the framework's budget/need/timeframe (or CHAMP's) is undefined: steer to Nurturing. */
function steerToNurturing(ctx: TransitionContext, fromIdx: number, toIdx: number): string | undefined {
  const from = ctx.pipeline.stages[fromIdx];
  const nurturingIdx = indexOfKind(ctx.pipeline, 'nurturing');
  if (from?.kind !== 'lead-generation' || nurturingIdx < 0 || toIdx <= nurturingIdx) return undefined;
  const framework = frameworkOf(ctx.pipeline);
  if (!lacksQualification(ctx.deal, framework)) return undefined;
  const name = ctx.pipeline.stages[nurturingIdx]?.name ?? 'Lead Nurturing';
  const what = framework === 'champ' ? 'challenges, money or priority' : 'budget, need or timeframe';
  return `Interested but no defined ${what} yet: move to ${name} instead.`;
}

export function planMove(ctx: TransitionContext, req: MoveRequest): Plan {
  const { deal, pipeline } = ctx;
  if (deal.status === 'lost' || deal.status === 'disqualified') {
    return statusPlan(ctx, `This deal is ${deal.status}: reopen it before moving it.`);
  }
  const to = stageById(pipeline, req.toStageId);
  if (!to) return nonePlan(ctx, 'That stage is not part of this pipeline.');
  if (to.id === deal.stageId) return nonePlan(ctx, `The deal is already in ${to.name}.`);
  const fromIdx = stageIndex(pipeline, deal.stageId);
  const toIdx = stageIndex(pipeline, to.id);
  const closedIdx = indexOfKind(pipeline, 'closed');
  if (deal.status === 'won' && closedIdx >= 0 && toIdx < closedIdx) {
    return statusPlan(ctx, 'A won deal stays in Closed Deal or later: reopen it to move it back.');
  }
  const base = {
    toStageId: to.id,
    toStatus: statusAfterMove(deal, to),
    reasonChoices: null,
    historyReason: (req.reason ?? '').trim(),
    patch: {},
  };
  if (toIdx < fromIdx) {
    const unmet: Requirement[] = stageRequirements(to, deal, ctx, { passedOver: false, only: HARD_GATES });
    if (!hasText(req.reason)) unmet.push(reasonRequirement(`Say why the deal moves back to ${to.name}.`));
    return {
      ...base,
      transition: 'backward',
      unmet,
      requiresReason: true,
      canOverride: false,
      overridden: false,
    };
  }
  const gateReqs = gatesOnTheWay(ctx, deal, fromIdx, toIdx);
  const { unmet, canOverride, overridden } = resolveOverride(gateReqs, req.override, req.reason);
  const accepted = autoAcceptance(ctx, deal, fromIdx, toIdx);
  return {
    ...base,
    historyReason: joinReasons(accepted?.reason, req.reason),
    patch: accepted?.patch ?? {},
    transition: toIdx === fromIdx + 1 ? 'forward' : 'skip',
    unmet,
    requiresReason: canOverride,
    canOverride,
    overridden,
    steer: steerToNurturing(ctx, fromIdx, toIdx),
  };
}

/**
 * Winning records the outcome, sets the status to won and the value to the contract value,
 * and moves the deal to the Closed Deal stage (it stays put if the pipeline has none).
 */
export function planWin(ctx: TransitionContext, req: WinRequest): Plan {
  const { deal, pipeline } = ctx;
  if (deal.status !== 'open') return statusPlan(ctx, `This deal is already ${deal.status}.`);
  const outcome = req.outcome;
  const prospective: Deal = { ...deal, outcome, status: 'won', value: outcome.contractValue };
  const own: Requirement[] = isCompleteWon(outcome)
    ? []
    : [
        {
          gate: 'outcome-recorded',
          stageId: null,
          message: 'The win needs a signed date and a contract value above zero.',
          fix: { action: 'set-value', label: 'Enter the signed date and contract value' },
          overridable: false,
        },
      ];
  const fromIdx = stageIndex(pipeline, deal.stageId);
  const closedIdx = indexOfKind(pipeline, 'closed');
  const target = closedIdx >= 0 ? (pipeline.stages[closedIdx] ?? null) : null;
  const gateReqs = target && closedIdx > fromIdx ? gatesOnTheWay(ctx, prospective, fromIdx, closedIdx) : [];
  const { unmet, canOverride, overridden } = resolveOverride(
    gateReqs.filter((r) => r.gate !== 'outcome-recorded'),
    req.override,
    req.reason,
  );
  const signed = `Won: signed ${outcome.signedDate}`;
  const accepted = target && closedIdx > fromIdx ? autoAcceptance(ctx, deal, fromIdx, closedIdx) : null;
  return {
    transition: 'won',
    toStageId: target?.id ?? deal.stageId,
    toStatus: 'won',
    unmet: [...own, ...unmet],
    requiresReason: canOverride,
    reasonChoices: null,
    canOverride: canOverride && own.length === 0,
    overridden,
    historyReason: joinReasons(signed, accepted?.reason, overridden ? req.reason : undefined),
    patch: { outcome, value: outcome.contractValue, ...accepted?.patch },
  };
}
