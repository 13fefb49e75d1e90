import { z } from 'zod';
import { Id, LongText, ShortText, Timestamp } from './common';

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
export const SignalKind = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof SignalKind>;

export const SIGNAL_LABELS: Record<SignalKind, string> = {
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
export const ActivityType = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityType>;
/** How an activity type reads on screen. */
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  call: 'Call',
  email: 'E-mail',
  meeting: 'Meeting',
  note: 'Note',
  signal: 'Engagement signal',
};

export const Activity = z.object({
  id: Id,
  dealId: Id,
  contactId: Id.nullable(),
  type: ActivityType,
  signal: SignalKind.nullable(),
  subject: ShortText,
  body: LongText,
  /** The rep marked this note as a pain point found in discovery (feeds the handoff). */
  painPoint: z.boolean(),
  at: Timestamp,
  createdAt: Timestamp,
});
export type Activity = z.infer<typeof Activity>;
