import { z } from 'zod';

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

export const LeadSource = z.enum(LEAD_SOURCES);
export type LeadSource = z.infer<typeof LeadSource>;

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
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
