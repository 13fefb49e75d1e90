import { z } from 'zod';
import { Id, ShortText, Timestamp } from './common';
import { LeadSource } from './sources';
import { nameKey } from './nameKey';

/**
 * A column mapping the rep saved in the import wizard, offered again for a file with the same
 * columns. Columns are kept by header name, not position, so the same export with its columns
 * in another order still fits. Pairs, not maps: header and stage texts are the file's own and
 * may be any text.
 */
export const ImportTemplate = z.object({
  name: ShortText.trim().min(1, 'a saved mapping needs a name').max(80),
  /** The file's header names as `normaliseHeader` writes them, sorted: the columns it fits. */
  headers: z.array(ShortText).max(500),
  /** Import field → the header of its column. */
  columns: z.array(z.object({ field: z.string().max(40), header: ShortText })).max(100),
  /** The pipeline its stage choices were made for. */
  pipelineId: Id,
  /** Stage value → a stage id of that pipeline, or the won / lost targets. */
  stages: z.array(z.object({ value: ShortText, target: z.string().max(100) })).max(500),
  sources: z.array(z.object({ value: ShortText, source: LeadSource })).max(500),
  defaultSource: LeadSource,
  keepUnmapped: z.boolean(),
  savedAt: Timestamp,
});
export type ImportTemplate = z.infer<typeof ImportTemplate>;

/** How many saved mappings the settings keep (the oldest go first). */
export const MAX_IMPORT_TEMPLATES = 30;

/** The saved list with this template in it: one per name (any case), newest first, bounded. */
export function withTemplate(list: readonly ImportTemplate[], template: ImportTemplate): ImportTemplate[] {
  const others = list.filter((t) => nameKey(t.name) !== nameKey(template.name));
  return [template, ...others].slice(0, MAX_IMPORT_TEMPLATES);
}
