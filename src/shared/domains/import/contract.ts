import { z } from 'zod';
import { DateOnly, Id, LeadSource, LongText, Money, ShortText, type DealStatus } from '../../model';
import { IMPORT_LIMITS } from './limits';
import { command, query } from '../../rpc/define';

/** One validated CSV row, as `mapRows` produces it (src/shared/import/fields.ts). */
export const ImportCandidateInput = z.object({
  row: z.number().int().min(1),
  title: ShortText.trim().min(1, 'a deal needs a title'),
  companyName: ShortText,
  contactName: ShortText,
  email: ShortText,
  phone: ShortText,
  jobTitle: ShortText,
  value: Money,
  source: LeadSource,
  stageId: Id,
  expectedClose: DateOnly.nullable(),
  industry: ShortText,
  notes: LongText,
});

/** What to do with a candidate: create a deal, leave it out, or merge it into an existing deal. */
export const ImportDecision = z.union([
  z.literal('add'),
  z.literal('skip'),
  z.object({ update: Id }).strict(),
]);
export type ImportDecision = z.infer<typeof ImportDecision>;

export const ImportCommitInput = z
  .object({
    pipelineId: Id.optional(),
    candidates: z
      .array(ImportCandidateInput)
      .max(IMPORT_LIMITS.maxRows, `at most ${IMPORT_LIMITS.maxRows} rows per import`),
    decisions: z.array(ImportDecision).max(IMPORT_LIMITS.maxRows),
  })
  .refine((input) => input.decisions.length === input.candidates.length, {
    message: 'there must be one decision per row',
    path: ['decisions'],
  });

export interface ImportResult {
  pipelineId: string;
  added: number;
  updated: number;
  skipped: number;
}

/** What duplicate detection needs of a stored deal (one entry per contact e-mail). */
export interface ExistingDealKey {
  id: string;
  email: string;
  companyName: string;
  title: string;
}

/** One deal as the CSV export writes it: the fields the board shows, plus its contact. */
export interface DealExportRow {
  title: string;
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  stageName: string;
  status: DealStatus;
  value: number;
  weightedValue: number;
  score: number;
  source: LeadSource;
  /** `YYYY-MM-DD` or null. */
  expectedClose: string | null;
  /** Due time of the next open follow-up (ms), or null. */
  nextStepAt: number | null;
  daysInStage: number;
}

export const dataIoMethods = {
  /**
   * Import validated CSV rows in ONE transaction: every decision is applied or, on any
   * failure, nothing changes.
   */
  'import.commit': command(ImportCommitInput).returns<ImportResult>(),
  /** Every deal's e-mails, company and title, for duplicate detection before an import. */
  'import.existingKeys': query(z.object({})).returns<ExistingDealKey[]>(),
  /** The deals of a pipeline (every status), ready to be written as CSV. */
  'deals.exportRows': query(z.object({ pipelineId: Id.optional() })).returns<{
    pipelineName: string;
    rows: DealExportRow[];
  }>(),
  /**
   * `reason` is null when the database is open; otherwise why it could not be opened.
   * `notice`: what the rep should hear about this start (e.g. rebuilt from the journal).
   */
  'recovery.status': query(z.object({})).returns<{
    reason: string | null;
    database: string;
    notice?: string | null;
  }>(),
  /** Try to open the database again (recovery mode only); `reason` null = it is open now. */
  'recovery.retry': command(z.object({})).returns<{ reason: string | null }>(),
  /**
   * Recovery mode: a backup-format JSON text of whatever can be read from the damaged
   * database, read-only; `skipped` says which tables or records could not be read.
   */
  'recovery.exportReadable': query(z.object({})).returns<{
    text: string;
    counts: Record<string, number>;
    skipped: string[];
  }>(),
  /**
   * Recovery mode: validate a backup file's text and write it into a NEW database, which
   * becomes the active one. The damaged database is never written to or deleted.
   */
  'recovery.restore': command(z.object({ text: z.string() })).returns<{
    database: string;
    counts: Record<string, number>;
  }>(),
};
