import { z } from 'zod';
import { DateOnly, Id, LeadSource, LongText, Money, ShortText } from '../../model';
import { IMPORT_LIMITS } from './limits';
import { command, query } from '../../rpc/define';

/** One validated CSV row, as `mapRows` produces it (./fields.ts). */
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

export const importMethods = {
  /**
   * Import validated CSV rows in ONE transaction: every decision is applied or, on any
   * failure, nothing changes.
   */
  'import.commit': command(ImportCommitInput, {
    writes: ['deals', 'companies', 'contacts', 'stageHistory'],
    reads: ['pipelines', 'activities', 'followUps', 'settings'],
  }).returns<ImportResult>(),
  /** Every deal's e-mails, company and title, for duplicate detection before an import. */
  'import.existingKeys': query(z.object({}), ['deals', 'contacts']).returns<ExistingDealKey[]>(),
};
