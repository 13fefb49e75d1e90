/**
 * Stage transitions: "may this deal move, why not, and what next?"
 *
 * Choices (the integrator relies on these):
 * - Gates are ENTRY requirements of the stage that carries them. A forward move checks the
 *   target's gates; a skip also checks the gates of every stage passed over. An override
 *   (with a reason) may waive the gates of stages passed over, never the target's own gates
 *   and never the hard gates (outcome-recorded, deal-won). Overrides are recorded in history.
 * - Backward moves need a reason and check only the target's hard gates (so an open deal
 *   never lands in Closed Deal / Post-Sale without an outcome).
 * - 'win' records the won outcome (signed date and contract value > 0), sets status won and
 *   value = contract value, and moves the deal to the first 'closed' stage (stays put if the
 *   pipeline has none). Winning from before SQL passes over stages, so their gates apply.
 * - 'move' into Closed Deal needs an outcome already on the deal (normally: use win/lose);
 *   entering Closed Deal or Post-Sale with a complete won outcome makes the deal won.
 *   'move' into Post-Sale needs status won (gate deal-won). When it has no handoff yet the
 *   decision says startsHandoff: the store creates the checklist from the template.
 * - A won deal may move among Closed Deal and later stages; to go earlier it is reopened.
 * - 'lose' and 'disqualify' keep the deal in its stage (so reports show where it left),
 *   set the status and outcome; the reason must come from the configured list.
 * - 'reject-sal' (SAL only) needs lead-quality feedback: to 'nurturing' moves it to the
 *   Nurturing stage (salAccepted cleared); to 'disqualify' also needs a listed reason.
 * - 'reopen' works for lost, disqualified and won deals, needs a reason, clears the outcome
 *   and sets status open; by default it returns to the deal's stage (or the stage before
 *   Closed Deal when it sat in Closed Deal / Post-Sale).
 * - Lost / disqualified deals cannot move or be won until reopened.
 * - The sales-acceptance gate recomputes the lead score at ctx.now from ctx.activities
 *   (deal.score may be stale); the deal's pipelineId must match ctx.pipeline. A move or win
 *   that passes it by score records the acceptance (salAccepted, "auto-accepted: score …").
 * - The MQL gate follows the pipeline's qualification framework (BANT, CHAMP or either).
 * - A blocked request changes nothing: applyTransition returns { ok: false } and never
 *   mutates its inputs. An applied transition sets updatedAt = now, and stageEnteredAt = now
 *   when the stage changes or the deal is reopened.
 */
import type { Deal, StageHistoryEntry } from '../model';
import type { Decision, Plan, TransitionContext, TransitionRequest } from './decision';
import { proposeFollowUp } from './followups';
import { stageById } from './pipelineQuery';
import { frameworkOf } from './qualification';
import { nonePlan } from './planHelpers';
import { planMove, planWin } from './planMove';
import { planDisqualify, planLose, planRejectSal, planReopen } from './planExit';

export type { Decision, TransitionContext, TransitionRequest } from './decision';

function plan(ctx: TransitionContext, req: TransitionRequest): Plan {
  if (ctx.deal.pipelineId !== ctx.pipeline.id) return nonePlan(ctx, 'This deal belongs to another pipeline.');
  switch (req.kind) {
    case 'move':
      return planMove(ctx, req);
    case 'win':
      return planWin(ctx, req);
    case 'lose':
      return planLose(ctx, req);
    case 'disqualify':
      return planDisqualify(ctx, req);
    case 'reject-sal':
      return planRejectSal(ctx, req);
    case 'reopen':
      return planReopen(ctx, req);
  }
}

/** What the change does, as a statement (it reads as an explanation, never as a button). */
function describe(p: Plan, toName: string): string {
  switch (p.transition) {
    case 'forward':
      return `Moves to ${toName}.`;
    case 'skip':
      return p.overridden
        ? `Skips ahead to ${toName}, overriding its entry requirements.`
        : `Skips ahead to ${toName}.`;
    case 'backward':
      return `Moves back to ${toName}.`;
    case 'won':
      return `Closes as won and moves to ${toName}.`;
    case 'lost':
      return 'Closes the deal as lost.';
    case 'disqualified':
      return 'Disqualifies the lead.';
    case 'reject':
      return p.toStatus === 'disqualified'
        ? 'Rejects the lead and disqualifies it.'
        : `Rejects the lead back to ${toName}.`;
    case 'reopen':
      return `Reopens the deal in ${toName}.`;
    case 'none':
      return p.note ?? 'Nothing to do.';
  }
}

function toDecision(ctx: TransitionContext, p: Plan): Decision {
  const target = p.toStageId ? stageById(ctx.pipeline, p.toStageId) : undefined;
  const toName = target?.name ?? 'its stage';
  const allowed = p.transition !== 'none' && p.unmet.length === 0;
  const stageChanges = p.toStageId !== null && p.toStageId !== ctx.deal.stageId;
  const entersStage = allowed && target !== undefined && (stageChanges || p.transition === 'reopen');
  const keepsGoing = p.toStatus === 'open' || p.toStatus === 'won';
  const followUp =
    entersStage && keepsGoing ? proposeFollowUp(target, ctx.now, frameworkOf(ctx.pipeline)) : null;
  const startsHandoff = allowed && target?.kind === 'post-sale' && !ctx.hasHandoff;
  let message: string;
  let suggestion: string;
  if (p.transition === 'none') {
    message = p.note ?? describe(p, toName);
    suggestion = p.unmet[0]?.fix.label ?? '';
  } else if (!allowed) {
    const n = p.unmet.length;
    message = `Not yet: ${n === 1 ? '1 requirement is' : `${n} requirements are`} not met. ${describe(p, toName)}`;
    suggestion = p.steer ?? p.unmet[0]?.fix.label ?? '';
  } else {
    message = describe(p, toName);
    if (startsHandoff) suggestion = 'Start the handoff checklist for customer success.';
    else if (followUp) suggestion = followUp.note;
    else if (p.toStatus === 'lost')
      suggestion = 'Ask what would bring them back; reopen the deal if things change.';
    else if (p.toStatus === 'disqualified') suggestion = 'Share the lead-quality feedback with marketing.';
    else suggestion = '';
  }
  return {
    allowed,
    transition: p.transition,
    unmet: p.unmet,
    requiresReason: p.requiresReason,
    reasonChoices: p.reasonChoices,
    canOverride: p.canOverride,
    suggestion,
    message,
    toStageId: p.transition === 'none' ? null : p.toStageId,
    toStatus: p.toStatus,
    overridden: allowed && p.overridden,
    startsHandoff,
    followUp,
  };
}

/** Decide a request without changing anything. */
export function decideTransition(ctx: TransitionContext, request: TransitionRequest): Decision {
  return toDecision(ctx, plan(ctx, request));
}

export type ApplyResult =
  | { ok: true; deal: Deal; history: StageHistoryEntry; decision: Decision }
  | { ok: false; decision: Decision };

/** Decide and, if allowed, return the new deal and its stage-history entry (inputs untouched). */
export function applyTransition(
  ctx: TransitionContext,
  request: TransitionRequest,
  ids: { newId: () => string },
): ApplyResult {
  const p = plan(ctx, request);
  const decision = toDecision(ctx, p);
  if (!decision.allowed || p.toStageId === null) return { ok: false, decision };
  const { deal, now } = ctx;
  const entered = p.toStageId !== deal.stageId || p.transition === 'reopen';
  const next: Deal = {
    ...deal,
    ...p.patch,
    stageId: p.toStageId,
    status: p.toStatus,
    stageEnteredAt: entered ? now : deal.stageEnteredAt,
    updatedAt: now,
  };
  const history: StageHistoryEntry = {
    id: ids.newId(),
    dealId: deal.id,
    pipelineId: deal.pipelineId,
    fromStageId: deal.stageId,
    toStageId: p.toStageId,
    fromStatus: deal.status,
    toStatus: p.toStatus,
    at: now,
    reason: p.historyReason.slice(0, 20_000),
    overridden: decision.overridden,
  };
  return { ok: true, deal: next, history, decision };
}
