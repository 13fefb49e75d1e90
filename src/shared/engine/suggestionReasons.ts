import type { StageDef } from '../model';
import { SIGNAL_LABELS } from '../model/values';
import type { TransitionContext } from './decision';
import type { Suggestion } from './suggestions';
import { decideTransition } from './transitions';
import { isCompleteWon } from './gates';
import { completeFramework, frameworkOf, lacksQualification } from './qualification';
import { scoreOf } from './score';
import { activitySignal, latestPurchaseIntent } from './signals';
import { nextStage, stageIndex, stageOfKind } from './pipelineQuery';

/** Why the deal may move on, in the rep's words: "meets BANT and agreed to meet a specialist — move to MQL". */
export function advanceReason(ctx: TransitionContext, from: StageDef, to: StageDef): string {
  const { deal, pipeline, settings } = ctx;
  const fromIdx = stageIndex(pipeline, from.id);
  const toIdx = stageIndex(pipeline, to.id);
  const gates = pipeline.stages.slice(fromIdx + 1, toIdx + 1).flatMap((s) => s.gates);
  const why: string[] = [];
  let autoAccept = false;
  for (const gate of gates) {
    if (gate === 'mql-definition') {
      const met = completeFramework(deal, frameworkOf(pipeline));
      why.push(
        met && deal.specialistMeeting
          ? `meets ${met} and agreed to meet a specialist`
          : 'answered yes to every MQL question',
      );
    } else if (gate === 'sales-acceptance') {
      if (deal.salAccepted) why.push('accepted by sales');
      else {
        const score = scoreOf({ ...ctx, deal });
        why.push(`score ${score} ≥ ${settings.scoring.autoAcceptThreshold}`);
        autoAccept = true;
      }
    } else if (gate === 'data-validated') why.push('data validated');
    else if (gate === 'purchase-intent') {
      const intent = latestPurchaseIntent(ctx.activities);
      const kind = intent ? activitySignal(intent) : null;
      why.push(kind ? `purchase intent (${SIGNAL_LABELS[kind]})` : 'purchase intent seen');
    } else if (gate === 'deal-won' || gate === 'outcome-recorded') why.push('won');
    else if (gate === 'value-set') why.push('value set');
    else why.push('close date set');
  }
  const unique = [...new Set(why)];
  const action = autoAccept && to.kind === 'sal' ? `auto-accept as ${to.name}` : `move to ${to.name}`;
  const tail = to.kind === 'post-sale' ? ' and start the handoff' : '';
  return `${unique.join(', ')} — ${action}${tail}`;
}

/** Lead Generation: interested, but budget, need or timeframe undefined → Lead Nurturing. */
export function nurtureSuggestion(ctx: TransitionContext, stage: StageDef): Suggestion | null {
  const { deal } = ctx;
  const nurturing = stageOfKind(ctx.pipeline, 'nurturing');
  if (stage.kind !== 'lead-generation' || !nurturing || !lacksQualification(deal, frameworkOf(ctx.pipeline)))
    return null;
  const interested =
    deal.specialistMeeting ||
    ctx.activities.some((a) => activitySignal(a) !== null) ||
    [...Object.values(deal.bant), ...Object.values(deal.champ)].some((item) => item.state !== 'unknown');
  if (!interested) return null;
  const what =
    frameworkOf(ctx.pipeline) === 'champ' ? 'challenges, money or priority' : 'budget, need or timeframe';
  return {
    kind: 'nurture',
    text: `Interested but no defined ${what} — move to ${nurturing.name}`,
    action: { type: 'move', toStageId: nurturing.id },
  };
}

/** What stands between the deal and the next stage. */
export function requirementSuggestions(ctx: TransitionContext, stage: StageDef): Suggestion[] {
  const { deal } = ctx;
  const next = nextStage(ctx.pipeline, stage.id);
  if (!next) return [];
  if (next.kind === 'closed') {
    const out: Suggestion[] = [];
    if (deal.value <= 0)
      out.push({
        kind: 'requirement',
        text: 'Enter the deal value (it feeds the forecast)',
        action: { type: 'fix', action: 'set-value' },
      });
    if (!deal.expectedClose)
      out.push({
        kind: 'requirement',
        text: 'Set the expected close date (it feeds the forecast)',
        action: { type: 'fix', action: 'set-close-date' },
      });
    if (!isCompleteWon(deal.outcome)) {
      out.push({
        kind: 'requirement',
        text: 'Ask a trial-close question; record the win when the contract is signed',
        action: { type: 'fix', action: 'record-outcome' },
      });
    }
    return out;
  }
  const decision = decideTransition(ctx, { kind: 'move', toStageId: next.id });
  return decision.unmet
    .filter((r) => r.gate !== 'reason' && r.gate !== 'status')
    .slice(0, 2)
    .map((r) => ({
      kind: 'requirement' as const,
      text: `To reach ${next.name}: ${r.fix.label.toLowerCase()}`,
      action: { type: 'fix' as const, action: r.fix.action },
    }));
}
