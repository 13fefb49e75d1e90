import type { Activity, Deal, GateId, Outcome, Pipeline, Settings, StageDef } from '../model';
import {
  bantMissing,
  champMissing,
  frameworkOf,
  isMqlQuestionSetSatisfied,
  joinLabels,
  meetsMqlDefinition,
  mqlUnanswered,
} from './qualification';
import { scoreOf } from './score';
import { hasPurchaseIntent } from './signals';

export type FixAction =
  | 'edit-bant'
  | 'edit-champ'
  | 'set-specialist'
  | 'answer-mql'
  | 'accept-sal'
  | 'validate-data'
  | 'log-signal'
  | 'record-outcome'
  | 'set-value'
  | 'set-close-date'
  | 'give-reason'
  | 'create-handoff'
  | 'reopen';

/** One unmet requirement, in plain words, with what would fix it. */
export interface Requirement {
  /** The gate, or 'reason' (a reason must be given) or 'status' (the deal's status forbids it). */
  gate: GateId | 'reason' | 'status';
  /** The stage that carries the gate (null for reason/status). */
  stageId: string | null;
  message: string;
  fix: { action: FixAction; label: string };
  /** True when an override with a reason may waive it (gates of stages passed over when skipping). */
  overridable: boolean;
}

/** What gates look at besides the deal. */
export interface GateInput {
  settings: Settings;
  activities: readonly Activity[];
  now: number;
  /** The deal's lead score at `now`, when the caller already has it (see TransitionContext). */
  score?: number | undefined;
  /** The deal's pipeline: its qualification framework (BANT when absent). */
  pipeline?: Pick<Pipeline, 'qualification'>;
}

/** Gates no override can waive: a deal is never won without an outcome. */
export const HARD_GATES: readonly GateId[] = ['outcome-recorded', 'deal-won'];

export const GATE_LABELS: Record<GateId, string> = {
  'mql-definition':
    "Meets the MQL definition (the pipeline's framework — BANT or CHAMP — complete and agreed to meet a specialist, or all MQL questions yes)",
  'sales-acceptance': 'Accepted by sales, or lead score at or above the auto-accept threshold',
  'data-validated': "Lead's data validated against the quality criteria",
  'purchase-intent': 'A purchase-intent signal was seen',
  'outcome-recorded': 'Outcome recorded: won with signed date and value, or lost',
  'deal-won': 'The deal is won',
  'value-set': 'A deal value is set',
  'close-date-set': 'An expected close date is set',
};

export function isCompleteWon(outcome: Outcome | null): boolean {
  return outcome?.kind === 'won' && outcome.signedDate.length > 0 && outcome.contractValue > 0;
}

type Req = Omit<Requirement, 'stageId' | 'overridable'>;
const req = (gate: GateId, message: string, action: FixAction, label: string): Req => ({
  gate,
  message,
  fix: { action, label },
});

function mqlRequirements(deal: Deal, input: GateInput): Req[] {
  const questions = input.settings.mqlQuestions;
  const framework = frameworkOf(input.pipeline);
  if (meetsMqlDefinition(deal, questions, framework)) return [];
  const out: Req[] = [];
  const bant = bantMissing(deal.bant).map((m) => m.label);
  const champ = champMissing(deal.champ).map((m) => m.label);
  const either = framework === 'either' && bant.length > 0 && champ.length > 0;
  if (framework !== 'champ' && bant.length > 0) {
    const list = joinLabels(bant);
    const text = `BANT is not complete: ${list} not confirmed${either ? ' (or complete CHAMP instead)' : ''}.`;
    out.push(req('mql-definition', text, 'edit-bant', `Confirm ${list}`));
  }
  if (framework !== 'bant' && champ.length > 0 && (framework === 'champ' || either)) {
    const list = joinLabels(champ);
    const text = `CHAMP is not complete: ${list} not confirmed${either ? ' (or complete BANT instead)' : ''}.`;
    out.push(req('mql-definition', text, 'edit-champ', `Confirm ${list}`));
  }
  if (!deal.specialistMeeting) {
    out.push(
      req(
        'mql-definition',
        'The lead has not agreed to meet an industry or solution specialist.',
        'set-specialist',
        'Record that they agreed to meet a specialist',
      ),
    );
  }
  if (questions.length > 0 && !isMqlQuestionSetSatisfied(deal, questions)) {
    const open = mqlUnanswered(deal, questions).length;
    out.push(
      req(
        'mql-definition',
        `Or instead: answer every MQL question yes (${open} of ${questions.length} not yet yes).`,
        'answer-mql',
        'Answer the MQL questions',
      ),
    );
  }
  return out;
}

function gateRequirements(gate: GateId, deal: Deal, input: GateInput): Req[] {
  switch (gate) {
    case 'mql-definition':
      return mqlRequirements(deal, input);
    case 'sales-acceptance': {
      if (deal.salAccepted) return [];
      const threshold = input.settings.scoring.autoAcceptThreshold;
      const score = scoreOf({ ...input, deal });
      if (score >= threshold) return [];
      return [
        req(
          gate,
          `Sales has not accepted the lead, and its score ${score} is below the auto-accept threshold ${threshold}.`,
          'accept-sal',
          'Accept the lead for sales',
        ),
      ];
    }
    case 'data-validated':
      return deal.dataValidated
        ? []
        : [
            req(
              gate,
              "The lead's data has not been validated against the quality criteria.",
              'validate-data',
              "Validate the lead's data",
            ),
          ];
    case 'purchase-intent':
      return hasPurchaseIntent(input.activities.filter((a) => a.dealId === deal.id))
        ? []
        : [
            req(
              gate,
              'No purchase-intent signal yet (a trial or ROI request, an opened proposal, or a meeting held).',
              'log-signal',
              'Log a purchase-intent signal',
            ),
          ];
    case 'outcome-recorded': {
      const o = deal.outcome;
      if (o?.kind === 'lost' || isCompleteWon(o)) return [];
      if (o?.kind === 'won') {
        return [
          req(
            gate,
            'The win has no contract value or signed date.',
            'set-value',
            'Enter the signed date and contract value',
          ),
        ];
      }
      return [
        req(
          gate,
          'No outcome recorded: record the win (signed date and value) or mark the deal lost.',
          'record-outcome',
          'Record the outcome',
        ),
      ];
    }
    case 'deal-won':
      return deal.status === 'won' || isCompleteWon(deal.outcome)
        ? []
        : [
            req(
              gate,
              'Only won deals enter this stage: record the win first.',
              'record-outcome',
              'Record the win',
            ),
          ];
    case 'value-set':
      return deal.value > 0 ? [] : [req(gate, 'No deal value is set.', 'set-value', 'Enter the deal value')];
    case 'close-date-set':
      return deal.expectedClose
        ? []
        : [req(gate, 'No expected close date is set.', 'set-close-date', 'Set the expected close date')];
  }
}

/**
 * Unmet entry requirements of `stage` for `deal`. When `passedOver` is true the stage is
 * being skipped, so its soft gates may be overridden.
 */
export function stageRequirements(
  stage: StageDef,
  deal: Deal,
  input: GateInput,
  opts: { passedOver: boolean; only?: readonly GateId[] },
): Requirement[] {
  const gates = opts.only ? stage.gates.filter((g) => opts.only?.includes(g)) : stage.gates;
  return gates.flatMap((gate) =>
    gateRequirements(gate, deal, input).map((r) => ({
      ...r,
      stageId: stage.id,
      overridable: opts.passedOver && !HARD_GATES.includes(gate),
    })),
  );
}

/** True when every entry gate of `stage` is met. */
export function meetsStageGates(stage: StageDef, deal: Deal, input: GateInput): boolean {
  return stageRequirements(stage, deal, input, { passedOver: false }).length === 0;
}
