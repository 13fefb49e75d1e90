import { z } from 'zod';
import { boundedRecord, RecordKey, ShortText } from './common';
import type { SignalKind } from './activity';
import { SIGNAL_KINDS } from './vocabulary';
import { HandoffTemplate } from './handoff';
import { CurrencyCode, ExchangeRates } from './money';
import { ImportTemplate, MAX_IMPORT_TEMPLATES } from './importTemplate';
import { RepGoals } from './goals';
import { MAX_MESSAGE_TEMPLATES, MessageTemplate } from './messageTemplate';

export const MqlQuestion = z.object({ id: RecordKey, text: z.string().min(1).max(500) });
export type MqlQuestion = z.infer<typeof MqlQuestion>;

const weights = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().min(0).max(100)])) as Record<K, z.ZodNumber>);

export const ScoringSettings = z.object({
  /** Points per engagement signal, before decay. */
  signalWeights: weights(SIGNAL_KINDS),
  /** Days after which a signal counts half as much. */
  halfLifeDays: z.number().min(1).max(365),
  /** Points for fit, by decision role / company size; industry points if in the target list. */
  roleWeights: boundedRecord(z.number().min(0).max(100), 50),
  sizeWeights: boundedRecord(z.number().min(0).max(100), 50),
  targetIndustries: z.array(ShortText).max(50),
  industryWeight: z.number().min(0).max(100),
  /** Score at or above which an MQL is auto-accepted as a SAL. */
  autoAcceptThreshold: z.number().min(0).max(100),
});
export type ScoringSettings = z.infer<typeof ScoringSettings>;

export const Settings = z.object({
  scoring: ScoringSettings,
  mqlQuestions: z.array(MqlQuestion).max(30),
  lostReasons: z.array(ShortText.min(1)).min(1).max(50),
  disqualifyReasons: z.array(ShortText.min(1)).min(1).max(50),
  /** Why deals are won, offered when closing won (absent in settings saved before it). */
  wonReasons: z.array(ShortText.min(1)).min(1).max(50).optional(),
  handoffTemplate: HandoffTemplate,
  /** The home currency: every total, forecast and chart is in it. */
  currency: CurrencyCode,
  /** Rates the rep sets for deals in other currencies (absent in settings saved before them). */
  exchangeRates: ExchangeRates.optional(),
  /** Column mappings saved in the import wizard (absent in settings saved before them). */
  importTemplates: z.array(ImportTemplate).max(MAX_IMPORT_TEMPLATES).optional(),
  /** The rep dismissed the first-run guide: it does not come back. */
  guideDismissed: z.boolean().optional(),
  /** The rep's quota and weekly activity goal (absent in settings saved before them). */
  goals: RepGoals.optional(),
  /** The rep's own name, for `{{myName}}` in templates (absent in settings saved before it). */
  repName: ShortText.optional(),
  /** E-mail and call-script templates (absent in settings saved before them: the defaults). */
  messageTemplates: z.array(MessageTemplate).max(MAX_MESSAGE_TEMPLATES).optional(),
  /** Hour of the day "tomorrow morning" snoozes to (local time). */
  morningHour: z.number().int().min(0).max(23),
});
export type Settings = z.infer<typeof Settings>;

export type { SignalKind };
