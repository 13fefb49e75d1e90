/**
 * The model's fixed lists and their labels, zod-free: the schema files build their enums from
 * these, and the UI's first screen reads them without building any schema (docs/ARCHITECTURE.md,
 * "Start-up snapshot").
 */

/** The nine lead sources of DOMAIN.md. */
export const LEAD_SOURCES = [
  'event',
  'website-collateral',
  'campaign',
  'newsletter',
  'social',
  'trial',
  'partner-referral',
  'influencer',
  'public-demo',
] as const;

export const LEAD_SOURCE_LABELS: Record<(typeof LEAD_SOURCES)[number], string> = {
  event: 'Event attendee',
  'website-collateral': 'Website collateral download',
  campaign: 'Campaign responder',
  newsletter: 'Newsletter subscriber',
  social: 'Social-media follower',
  trial: 'SaaS trial sign-up',
  'partner-referral': 'Partner referral',
  influencer: 'Consultant / analyst / influencer',
  'public-demo': 'Public demo audience',
};

/** A contact's role in the buying decision. */
export const DECISION_ROLES = ['decision-maker', 'influencer', 'champion', 'user', 'blocker'] as const;
/** How a role in the buying decision reads on screen and in notes. */
export const DECISION_ROLE_LABELS: Record<(typeof DECISION_ROLES)[number], string> = {
  'decision-maker': 'Decision-maker',
  influencer: 'Influencer',
  champion: 'Champion',
  user: 'User',
  blocker: 'Blocker',
};

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export const PROJECT_SIZES = ['small', 'medium', 'large', 'enterprise'] as const;
export const URGENCIES = ['low', 'medium', 'high', 'critical'] as const;
export const STAFFING = ['own-staff', 'consulting', 'premium-support', 'csm'] as const;
export const SOLUTION_TIERS = ['starter', 'professional', 'business', 'enterprise'] as const;

export const BANT_KEYS = ['budget', 'authority', 'need', 'timeframe'] as const;
export const CHAMP_KEYS = ['challenges', 'authority', 'money', 'prioritization'] as const;
/** Which framework qualifies a lead for MQL in a pipeline (the rep's choice). */
export const QUAL_FRAMEWORKS = ['bant', 'champ', 'either'] as const;

/** Engagement signals that feed the lead score (DOMAIN.md, stages 1–2). */
export const SIGNAL_KINDS = [
  'webinar-attended',
  'campaign-asset',
  'website-visit',
  'fast-reply',
  'trial-request',
  'roi-content-request',
  'proposal-opened',
  'email-opened',
  'cta-clicked',
  'meeting-held',
] as const;

export const SIGNAL_LABELS: Record<(typeof SIGNAL_KINDS)[number], string> = {
  'webinar-attended': 'attended a webinar',
  'campaign-asset': 'interacted with a campaign asset',
  'website-visit': 'visited the website',
  'fast-reply': 'replied quickly to outreach',
  'trial-request': 'requested a trial',
  'roi-content-request': 'requested ROI content',
  'proposal-opened': 'opened the proposal',
  'email-opened': 'opened an e-mail',
  'cta-clicked': 'clicked a call-to-action',
  'meeting-held': 'held a meeting',
};

export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'note', 'signal'] as const;
/** How an activity type reads on screen. */
export const ACTIVITY_TYPE_LABELS: Record<(typeof ACTIVITY_TYPES)[number], string> = {
  call: 'Call',
  email: 'E-mail',
  meeting: 'Meeting',
  note: 'Note',
  signal: 'Engagement signal',
};

export const FOLLOW_UP_TYPES = ['call', 'email', 'meeting', 'task'] as const;
/** What the rep reads for each kind of follow-up (agenda, notifications, calendar files). */
export const FOLLOW_UP_TYPE_LABELS: Record<(typeof FOLLOW_UP_TYPES)[number], string> = {
  call: 'Call',
  email: 'E-mail',
  meeting: 'Meeting',
  task: 'Task',
};
export const FOLLOW_UP_STATUSES = ['open', 'done', 'snoozed', 'cancelled'] as const;

/**
 * What a stage means to the engine. The seven default stages each have their own kind;
 * stages a rep adds are `custom` (they carry only the gates the rep gives them).
 */
export const STAGE_KINDS = [
  'lead-generation',
  'nurturing',
  'mql',
  'sal',
  'sql',
  'closed',
  'post-sale',
  'custom',
] as const;

/**
 * Entry requirements a stage can have. Each is checked by the stage engine when a deal
 * enters the stage (or skips past it).
 */
export const GATE_IDS = [
  /** BANT complete and agreed to meet a specialist — or the MQL question set satisfied. */
  'mql-definition',
  /** The rep accepted the lead, or its score is at or above the auto-accept threshold. */
  'sales-acceptance',
  /** The lead's data was validated against the quality criteria. */
  'data-validated',
  /** A purchase-intent signal was seen (trial/ROI request, proposal opened, meeting held…). */
  'purchase-intent',
  /** A won outcome with signed date and value, or a lost outcome. */
  'outcome-recorded',
  /** The deal was won (Post-Sale is for customers). */
  'deal-won',
  /** A value greater than zero is set. */
  'value-set',
  /** An expected close date is set. */
  'close-date-set',
] as const;

export const DURATION_UNITS = ['hours', 'days'] as const;

export const DEAL_STATUSES = ['open', 'won', 'lost', 'disqualified'] as const;
