import { z } from 'zod';
import { ShortText, LongText } from './common';

/** A contact's role in the buying decision. */
export const DECISION_ROLES = ['decision-maker', 'influencer', 'champion', 'user', 'blocker'] as const;
export const DecisionRole = z.enum(DECISION_ROLES);
export type DecisionRole = z.infer<typeof DecisionRole>;
/** How a role in the buying decision reads on screen and in notes. */
export const DECISION_ROLE_LABELS: Record<DecisionRole, string> = {
  'decision-maker': 'Decision-maker',
  influencer: 'Influencer',
  champion: 'Champion',
  user: 'User',
  blocker: 'Blocker',
};

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export const CompanySize = z.enum(COMPANY_SIZES);
export type CompanySize = z.infer<typeof CompanySize>;

export const PROJECT_SIZES = ['small', 'medium', 'large', 'enterprise'] as const;
export const URGENCIES = ['low', 'medium', 'high', 'critical'] as const;
export const STAFFING = ['own-staff', 'consulting', 'premium-support', 'csm'] as const;
export const SOLUTION_TIERS = ['starter', 'professional', 'business', 'enterprise'] as const;

/** The customer profile built during Lead Nurturing (DOMAIN.md, stage 2). */
export const CustomerProfile = z.object({
  decisionRole: DecisionRole.nullable(),
  industry: ShortText,
  companySize: CompanySize.nullable(),
  projectSize: z.enum(PROJECT_SIZES).nullable(),
  urgency: z.enum(URGENCIES).nullable(),
  staffing: z.array(z.enum(STAFFING)).max(STAFFING.length),
  solutionTier: z.enum(SOLUTION_TIERS).nullable(),
  longTermNeeds: LongText,
  /** The company's annual revenue (what a CRM calls Annual Revenue): a size, never a deal value. */
  annualRevenue: z.number().min(0).max(1e15).nullable().optional(),
});
export type CustomerProfile = z.infer<typeof CustomerProfile>;

export function emptyProfile(): CustomerProfile {
  return {
    decisionRole: null,
    industry: '',
    companySize: null,
    projectSize: null,
    urgency: null,
    staffing: [],
    solutionTier: null,
    longTermNeeds: '',
    annualRevenue: null,
  };
}
