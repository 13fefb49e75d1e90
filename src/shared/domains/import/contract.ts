import { z } from 'zod';
import { Id } from '../../model';
import { IMPORT_LIMITS } from './limits';
import { command, query } from '../../rpc/define';
import type { ExistingDeal } from './duplicates';
import { ImportCandidate } from './fields';

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
      .array(ImportCandidate)
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
  'import.existingKeys': query(z.object({}), ['deals', 'contacts']).returns<ExistingDeal[]>(),
};
