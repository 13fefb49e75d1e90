import type { MqlQuestion, RepGoals, ScoringSettings, Settings } from '../../model';
import { defaultHandoffTemplate } from './handoffTemplate';
import { defaultMessageTemplates } from './messageTemplates';

/** The default MQL definition: the lead meets it when every answer is yes. */
export const DEFAULT_MQL_QUESTIONS: readonly MqlQuestion[] = [
  { id: 'pain', text: 'Does the lead have a problem today that our solution solves?' },
  { id: 'role', text: 'Is the contact a decision-maker or decision-influencer for this purchase?' },
  { id: 'budget', text: 'Is budget available, or being planned, for this project?' },
  { id: 'timing', text: 'Do they intend to act within the next two quarters?' },
  { id: 'fit', text: 'Does the company match our ideal customer profile (industry and size)?' },
  { id: 'specialist', text: 'Did they agree to talk to an industry or solution specialist?' },
];

/** Why deals are won: what the rep picks when closing won, counted in Insights. */
export const DEFAULT_WON_REASONS: readonly string[] = [
  'Best fit for their needs',
  'Value for the price',
  'Relationship and trust',
  'Product features',
  'Speed of implementation',
  'Referral or reputation',
];

/** The won reasons of a settings record (the defaults before the rep had any). */
export function wonReasonsOf(settings: Pick<Settings, 'wonReasons'>): readonly string[] {
  return settings.wonReasons ?? DEFAULT_WON_REASONS;
}

export const DEFAULT_LOST_REASONS: readonly string[] = [
  'Price',
  'Chose a competitor',
  'No budget',
  'No decision / stalled',
  'Bad timing',
  'Missing features',
  'Lost contact',
  'Other',
];

export const DEFAULT_DISQUALIFY_REASONS: readonly string[] = [
  'Not our target profile',
  'No need for our solution',
  'No authority and no path to the decision-maker',
  'Invalid or duplicate data',
  'Student, job seeker or vendor',
  'Competitor',
  'Other',
];

/** No quota until the rep sets one; a modest weekly goal of the rep's own touches. */
export function defaultGoals(): RepGoals {
  return { quotaPeriod: 'quarter', quota: 0, weeklyActivityGoal: 25 };
}

/** The rep's goals of a settings record (the defaults before the rep had any). */
export function goalsOf(settings: Pick<Settings, 'goals'>): RepGoals {
  return settings.goals ?? defaultGoals();
}

export function defaultScoring(): ScoringSettings {
  return {
    signalWeights: {
      'webinar-attended': 8,
      'campaign-asset': 5,
      'website-visit': 3,
      'fast-reply': 6,
      'trial-request': 15,
      'roi-content-request': 12,
      'proposal-opened': 12,
      'email-opened': 2,
      'cta-clicked': 6,
      'meeting-held': 15,
    },
    halfLifeDays: 14,
    roleWeights: { 'decision-maker': 20, champion: 15, influencer: 12, user: 5, blocker: 0 },
    sizeWeights: { '1-10': 2, '11-50': 5, '51-200': 10, '201-1000': 15, '1001-5000': 15, '5000+': 12 },
    targetIndustries: ['Software', 'Financial services', 'Healthcare', 'Manufacturing', 'Retail'],
    industryWeight: 10,
    autoAcceptThreshold: 80,
  };
}

export function defaultSettings(): Settings {
  return {
    scoring: defaultScoring(),
    mqlQuestions: DEFAULT_MQL_QUESTIONS.map((q) => ({ ...q })),
    lostReasons: [...DEFAULT_LOST_REASONS],
    disqualifyReasons: [...DEFAULT_DISQUALIFY_REASONS],
    wonReasons: [...DEFAULT_WON_REASONS],
    handoffTemplate: defaultHandoffTemplate(),
    currency: 'USD',
    goals: defaultGoals(),
    repName: '',
    messageTemplates: defaultMessageTemplates(),
    morningHour: 9,
  };
}
