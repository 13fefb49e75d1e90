import { z } from 'zod';
import {
  COMPANY_SIZES,
  DECISION_ROLES,
  PROJECT_SIZES,
  SOLUTION_TIERS,
  STAFFING,
  URGENCIES,
} from './vocabulary';
import { ShortText, LongText } from './common';

export const DecisionRole = z.enum(DECISION_ROLES);
export type DecisionRole = z.infer<typeof DecisionRole>;

export const CompanySize = z.enum(COMPANY_SIZES);
export type CompanySize = z.infer<typeof CompanySize>;

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
