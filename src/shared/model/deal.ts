import { z } from 'zod';
import { SCORE_MAX } from './limits';
import { DEAL_STATUSES } from './vocabulary';
import { boundedRecord, DateOnly, Id, LongText, Money, ShortText, Timestamp } from './common';
import { LeadSource } from './sources';
import { Bant, Champ } from './qualification';
import { CustomerProfile, DecisionRole } from './profile';
import { CurrencyCode } from './money';

export const DealStatus = z.enum(DEAL_STATUSES);
export type DealStatus = z.infer<typeof DealStatus>;

export const DealContact = z.object({ contactId: Id, role: DecisionRole });
export type DealContact = z.infer<typeof DealContact>;

export const WonOutcome = z.object({
  kind: z.literal('won'),
  signedDate: DateOnly,
  contractValue: Money,
  termMonths: z.number().int().min(0).max(240),
  poNumber: ShortText,
  commission: z.object({ type: z.enum(['rate', 'amount']), value: z.number().finite().min(0) }),
  reference: z.boolean(),
  testimonial: z.boolean(),
  caseStudy: z.boolean(),
  /** Why it was won, from the rep's list in Settings (absent on deals won before it was asked). */
  reason: ShortText.optional(),
});
export type WonOutcome = z.infer<typeof WonOutcome>;

export const LostOutcome = z.object({
  kind: z.literal('lost'),
  reason: ShortText.min(1),
  competitor: ShortText,
  note: LongText,
});
export type LostOutcome = z.infer<typeof LostOutcome>;

export const DisqualifiedOutcome = z.object({
  kind: z.literal('disqualified'),
  reason: ShortText.min(1),
  /** Feedback on lead quality for marketing (pipeline hygiene at SAL). */
  feedback: LongText,
});
export type DisqualifiedOutcome = z.infer<typeof DisqualifiedOutcome>;

export const Outcome = z.discriminatedUnion('kind', [WonOutcome, LostOutcome, DisqualifiedOutcome]);
export type Outcome = z.infer<typeof Outcome>;

/** One record per lead/deal, from Lead Generation to Post-Sale. */
export const Deal = z.object({
  id: Id,
  pipelineId: Id,
  stageId: Id,
  status: DealStatus,
  title: ShortText.min(1),
  companyId: Id.nullable(),
  /** Denormalised company name, so the board renders without a join. */
  companyName: ShortText,
  contacts: z.array(DealContact).max(100),
  value: Money,
  /** The currency `value` is in; absent means the home currency from Settings. */
  currency: CurrencyCode.optional(),
  /** Overrides the stage probability in the forecast when set (0–1). */
  probability: z.number().min(0).max(1).nullable(),
  source: LeadSource,
  /** The campaign the lead came from (MQL ownership is tracked against it). */
  campaign: ShortText,
  expectedClose: DateOnly.nullable(),
  bant: Bant,
  champ: Champ,
  /** The lead agreed to meet an industry / solution specialist. */
  specialistMeeting: z.boolean(),
  /** Answers to the configurable MQL question set, by question id. */
  mqlAnswers: boundedRecord(z.boolean(), 100),
  /** The rep (AE) accepted the lead as a Sales Accepted Lead. */
  salAccepted: z.boolean(),
  /** The lead's data was validated against the quality criteria (SAL). */
  dataValidated: z.boolean(),
  profile: CustomerProfile,
  outcome: Outcome.nullable(),
  /** A follow-on opportunity's originating won deal. */
  parentDealId: Id.nullable(),
  /** Deliberate pause: not flagged stale before this time. */
  pausedUntil: Timestamp.nullable(),
  pauseNote: ShortText,
  notes: LongText,
  stageEnteredAt: Timestamp,
  lastActivityAt: Timestamp,
  /** Due time of the earliest open follow-up, kept by the store for board queries. */
  nextFollowUpAt: Timestamp.nullable(),
  /** Last computed lead score (0–100), kept by the store for sorting and filters. */
  score: z.number().min(0).max(SCORE_MAX),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Deal = z.infer<typeof Deal>;

export const StageHistoryEntry = z.object({
  id: Id,
  dealId: Id,
  pipelineId: Id,
  fromStageId: Id.nullable(),
  toStageId: Id,
  fromStatus: DealStatus.nullable(),
  toStatus: DealStatus,
  at: Timestamp,
  reason: LongText,
  overridden: z.boolean(),
});
export type StageHistoryEntry = z.infer<typeof StageHistoryEntry>;
