import { z } from 'zod';
import { Id, ShortText, Timestamp } from './common';
import { QualFramework } from './qualification';

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
export const StageKind = z.enum(STAGE_KINDS);
export type StageKind = z.infer<typeof StageKind>;

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
export const GateId = z.enum(GATE_IDS);
export type GateId = z.infer<typeof GateId>;

export const DurationUnit = z.enum(['hours', 'days']);
export const Duration = z.object({ amount: z.number().int().min(0).max(10_000), unit: DurationUnit });
export type Duration = z.infer<typeof Duration>;

export const StageGuidance = z.object({
  questions: z.array(z.string().max(500)).max(50),
  signals: z.array(z.string().max(500)).max(50),
  exitCriteria: z.array(z.string().max(500)).max(50),
});
export type StageGuidance = z.infer<typeof StageGuidance>;

export const StageDef = z.object({
  id: Id,
  kind: StageKind,
  name: ShortText.min(1),
  /** Default win probability, 0–1, used by the forecast. */
  probability: z.number().min(0).max(1),
  /** A deal with no activity for longer than this is stale. */
  staleAfter: Duration,
  /** How soon the next step is due after a deal enters this stage. */
  cadence: Duration,
  gates: z.array(GateId).max(GATE_IDS.length),
  guidance: StageGuidance,
});
export type StageDef = z.infer<typeof StageDef>;

export const Pipeline = z.object({
  id: Id,
  name: ShortText.min(1),
  stages: z.array(StageDef).min(1).max(30),
  /** The MQL qualification framework; absent (older records) means BANT. */
  qualification: QualFramework.optional(),
  order: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Pipeline = z.infer<typeof Pipeline>;
