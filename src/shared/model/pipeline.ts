import { z } from 'zod';
import { DURATION_MAX, GUIDANCE_ITEM_MAX, GUIDANCE_ITEMS_MAX, MAX_STAGES } from './limits';
import { DURATION_UNITS, GATE_IDS, STAGE_KINDS } from './vocabulary';
import { Id, ShortText, Timestamp } from './common';
import { QualFramework } from './qualification';

export const StageKind = z.enum(STAGE_KINDS);
export type StageKind = z.infer<typeof StageKind>;

export const GateId = z.enum(GATE_IDS);
export type GateId = z.infer<typeof GateId>;

export const DurationUnit = z.enum(DURATION_UNITS);
export const Duration = z.object({ amount: z.number().int().min(0).max(DURATION_MAX), unit: DurationUnit });
export type Duration = z.infer<typeof Duration>;

export const StageGuidance = z.object({
  questions: z.array(z.string().max(GUIDANCE_ITEM_MAX)).max(GUIDANCE_ITEMS_MAX),
  signals: z.array(z.string().max(GUIDANCE_ITEM_MAX)).max(GUIDANCE_ITEMS_MAX),
  exitCriteria: z.array(z.string().max(GUIDANCE_ITEM_MAX)).max(GUIDANCE_ITEMS_MAX),
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
  stages: z.array(StageDef).min(1).max(MAX_STAGES),
  /** The MQL qualification framework; absent (older records) means BANT. */
  qualification: QualFramework.optional(),
  order: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Pipeline = z.infer<typeof Pipeline>;
