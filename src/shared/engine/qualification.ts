import type {
  Bant,
  BantKey,
  Champ,
  ChampKey,
  Deal,
  MqlQuestion,
  Pipeline,
  QualFramework,
  QualState,
} from '../model';
import { BANT_KEYS, CHAMP_KEYS } from '../model/values';

export const BANT_LABELS: Record<BantKey, string> = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timeframe: 'Timeframe',
};

export const CHAMP_LABELS: Record<ChampKey, string> = {
  challenges: 'Challenges',
  authority: 'Authority',
  money: 'Money',
  prioritization: 'Prioritization',
};

export const QUAL_STATE_LABELS: Record<QualState, string> = {
  unknown: 'Unknown',
  partial: 'Partly known',
  confirmed: 'Confirmed',
};

/** One qualification item that is not confirmed yet. */
export interface MissingItem<K extends string> {
  key: K;
  label: string;
  state: Exclude<QualState, 'confirmed'>;
}

function missing<K extends string>(
  keys: readonly K[],
  labels: Record<K, string>,
  values: Record<K, { state: QualState }>,
) {
  const out: MissingItem<K>[] = [];
  for (const key of keys) {
    const state = values[key].state;
    if (state !== 'confirmed') out.push({ key, label: labels[key], state });
  }
  return out;
}

/** BANT items not yet confirmed, in B-A-N-T order. */
export function bantMissing(bant: Bant): MissingItem<BantKey>[] {
  return missing(BANT_KEYS, BANT_LABELS, bant);
}

/** CHAMP items not yet confirmed, in C-H-A-M-P order. */
export function champMissing(champ: Champ): MissingItem<ChampKey>[] {
  return missing(CHAMP_KEYS, CHAMP_LABELS, champ);
}

export function isBantComplete(bant: Bant): boolean {
  return bantMissing(bant).length === 0;
}

export function isChampComplete(champ: Champ): boolean {
  return champMissing(champ).length === 0;
}

/** "budget and timeframe" — lower-case list for sentences. */
export function joinLabels(labels: readonly string[]): string {
  const lower = labels.map((l) => l.toLowerCase());
  if (lower.length <= 1) return lower.join('');
  return `${lower.slice(0, -1).join(', ')} and ${lower[lower.length - 1] ?? ''}`;
}

/** MQL questions not answered "yes". Empty question set → nothing to answer. */
export function mqlUnanswered(
  deal: Pick<Deal, 'mqlAnswers'>,
  questions: readonly MqlQuestion[],
): MqlQuestion[] {
  return questions.filter((q) => deal.mqlAnswers[q.id] !== true);
}

/** True when a question set exists and every question is answered yes. */
export function isMqlQuestionSetSatisfied(
  deal: Pick<Deal, 'mqlAnswers'>,
  questions: readonly MqlQuestion[],
): boolean {
  return questions.length > 0 && mqlUnanswered(deal, questions).length === 0;
}

/** The pipeline's qualification framework; older pipelines without one use BANT. */
export function frameworkOf(pipeline: Pick<Pipeline, 'qualification'> | null | undefined): QualFramework {
  return pipeline?.qualification ?? 'bant';
}

/** Which of the allowed frameworks is fully confirmed ('BANT' first), or null. */
export function completeFramework(
  deal: Pick<Deal, 'bant' | 'champ'>,
  framework: QualFramework,
): 'BANT' | 'CHAMP' | null {
  if (framework !== 'champ' && isBantComplete(deal.bant)) return 'BANT';
  if (framework !== 'bant' && isChampComplete(deal.champ)) return 'CHAMP';
  return null;
}

/**
 * The MQL definition: the pipeline's framework (BANT, CHAMP, or either) complete and agreed
 * to meet a specialist, or the question set satisfied.
 */
export function meetsMqlDefinition(
  deal: Pick<Deal, 'bant' | 'champ' | 'specialistMeeting' | 'mqlAnswers'>,
  questions: readonly MqlQuestion[],
  framework: QualFramework = 'bant',
): boolean {
  return (
    (completeFramework(deal, framework) !== null && deal.specialistMeeting) ||
    isMqlQuestionSetSatisfied(deal, questions)
  );
}

/** "Interested, but…" in CHAMP terms: challenges, money or prioritization still not confirmed. */
function lacksChallengesMoneyOrPriority(champ: Champ): boolean {
  return (
    champ.challenges.state !== 'confirmed' ||
    champ.money.state !== 'confirmed' ||
    champ.prioritization.state !== 'confirmed'
  );
}

/**
 * The Nurturing steer in the pipeline's framework: BANT — budget, need or timeframe not
 * confirmed; CHAMP — challenges, money or prioritization not confirmed; either — both lack.
 */
export function lacksQualification(deal: Pick<Deal, 'bant' | 'champ'>, framework: QualFramework): boolean {
  const bant = lacksBudgetNeedOrTimeframe(deal.bant);
  const champ = lacksChallengesMoneyOrPriority(deal.champ);
  if (framework === 'bant') return bant;
  if (framework === 'champ') return champ;
  return bant && champ;
}

/**
 * "Interested, but no defined timeframe, need or budget" (DOMAIN.md): the lead has shown
 * interest, yet one of budget / need / timeframe is still not confirmed.
 */
export function lacksBudgetNeedOrTimeframe(bant: Bant): boolean {
  return (
    bant.budget.state !== 'confirmed' ||
    bant.need.state !== 'confirmed' ||
    bant.timeframe.state !== 'confirmed'
  );
}
