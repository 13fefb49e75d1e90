import { nameKey } from '../model/values';
import type { Deal } from '../model';
import type { Plan, TransitionContext } from './decision';
import type { Requirement } from './gates';
import { stageRequirements } from './gates';
import { scoreOf } from './score';

export function reasonRequirement(message: string, label = 'Give a reason'): Requirement {
  return {
    gate: 'reason',
    stageId: null,
    message,
    fix: { action: 'give-reason', label },
    overridable: false,
  };
}

export function hasText(s: string | undefined): s is string {
  return typeof s === 'string' && s.trim().length > 0;
}

/** The list entry matching `reason` (compared by nameKey), or null. */
export function matchChoice(choices: readonly string[], reason: string | undefined): string | null {
  const r = nameKey(reason ?? '');
  if (!r) return null;
  return choices.find((c) => nameKey(c) === r) ?? null;
}

/** Nothing would happen: not a transition the engine knows how to make here. */
export function nonePlan(ctx: TransitionContext, note: string): Plan {
  return {
    transition: 'none',
    toStageId: null,
    toStatus: ctx.deal.status,
    unmet: [],
    requiresReason: false,
    reasonChoices: null,
    canOverride: false,
    overridden: false,
    historyReason: '',
    patch: {},
    note,
  };
}

/** The deal's status forbids this; reopening (if it is closed) would fix it. */
export function statusPlan(ctx: TransitionContext, message: string): Plan {
  const unmet: Requirement[] = [
    {
      gate: 'status',
      stageId: null,
      message,
      fix: { action: 'reopen', label: 'Reopen the deal' },
      overridable: false,
    },
  ];
  return { ...nonePlan(ctx, message), unmet };
}

/**
 * Entry requirements for going from index `fromIdx` to `toIdx` (forward): gates of every
 * stage passed over (overridable unless hard) plus the target's own gates.
 */
export function gatesOnTheWay(
  ctx: TransitionContext,
  deal: Deal,
  fromIdx: number,
  toIdx: number,
): Requirement[] {
  const out: Requirement[] = [];
  for (let i = fromIdx + 1; i <= toIdx; i++) {
    const stage = ctx.pipeline.stages[i];
    if (stage) out.push(...stageRequirements(stage, deal, ctx, { passedOver: i < toIdx }));
  }
  return out;
}

/** Applies the override rule: overridable gates may be waived, but then a reason is required. */
export function resolveOverride(
  gateReqs: Requirement[],
  override: boolean | undefined,
  reason: string | undefined,
): { unmet: Requirement[]; canOverride: boolean; overridden: boolean } {
  const canOverride = gateReqs.length > 0 && gateReqs.every((r) => r.overridable);
  const overridden = override === true && canOverride;
  if (!overridden) return { unmet: gateReqs, canOverride, overridden };
  const unmet = hasText(reason) ? [] : [reasonRequirement('Say why you are skipping these requirements.')];
  return { unmet, canOverride, overridden };
}

/**
 * A move from index `fromIdx` forward to `toIdx` that passes the sales-acceptance gate by the
 * lead score (not by the rep's acceptance) records the acceptance: salAccepted becomes true,
 * so the deal can re-pass the gate after a backward move even once the score has decayed, and
 * the history says why ("auto-accepted: score 80 ≥ 80"). Null when nothing is to be recorded.
 */
export function autoAcceptance(
  ctx: TransitionContext,
  deal: Deal,
  fromIdx: number,
  toIdx: number,
): { patch: Partial<Deal>; reason: string } | null {
  if (deal.salAccepted) return null;
  const crossed = ctx.pipeline.stages.slice(fromIdx + 1, toIdx + 1);
  if (!crossed.some((s) => s.gates.includes('sales-acceptance'))) return null;
  const threshold = ctx.settings.scoring.autoAcceptThreshold;
  const score = scoreOf({ ...ctx, deal });
  if (score < threshold) return null;
  return { patch: { salAccepted: true }, reason: `auto-accepted: score ${score} ≥ ${threshold}` };
}

/** History reasons joined into one sentence list ("auto-accepted: …. Rep's reason"). */
export function joinReasons(...reasons: (string | undefined)[]): string {
  return reasons
    .map((r) => (r ?? '').trim())
    .filter((r) => r.length > 0)
    .join('. ');
}
