import type { ImportTemplate, LeadSource, Pipeline } from '../../model';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from './fields';
import { LOST_TARGET, WON_TARGET } from './outcome';
import { normaliseHeader } from './presets';

/** The columns a file has, as a template compares them: normalised names, sorted. */
export function headerSignature(headers: readonly string[]): string[] {
  return headers.map(normaliseHeader).sort();
}

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((h, i) => h === b[i]);

/** The newest saved mapping made for a file with exactly these columns, if any. */
export function matchingTemplate(
  templates: readonly ImportTemplate[],
  headers: readonly string[],
): ImportTemplate | null {
  const signature = headerSignature(headers);
  const fits = templates.filter((t) => sameColumns(t.headers, signature));
  return fits.sort((a, b) => b.savedAt - a.savedAt)[0] ?? null;
}

/** What the wizard holds when the rep saves its mapping. */
export interface MappingChoices {
  headers: readonly string[];
  mapping: ImportMapping;
  pipelineId: string;
  stageMap: Record<string, string>;
  sourceMap: Record<string, LeadSource>;
  defaultSource: LeadSource;
  keepUnmapped: boolean;
}

export function templateOf(name: string, choices: MappingChoices, now: number): ImportTemplate {
  const columns = IMPORT_FIELDS.flatMap((field) => {
    const index = choices.mapping[field];
    const header = index === undefined ? undefined : choices.headers[index];
    return header === undefined ? [] : [{ field, header }];
  });
  return {
    name: name.trim(),
    headers: headerSignature(choices.headers),
    columns,
    pipelineId: choices.pipelineId,
    stages: Object.entries(choices.stageMap).map(([value, target]) => ({ value, target })),
    sources: Object.entries(choices.sourceMap).map(([value, source]) => ({ value, source })),
    defaultSource: choices.defaultSource,
    keepUnmapped: choices.keepUnmapped,
    savedAt: now,
  };
}

const isField = (field: string): field is ImportField => (IMPORT_FIELDS as readonly string[]).includes(field);

/**
 * A saved mapping applied to a file with these headers and to this pipeline: columns found by
 * their header name; stage choices kept only where the stage still exists in the pipeline (or
 * closes the deal), so a template never places a deal in a stage that is gone.
 */
export function applyTemplate(
  template: ImportTemplate,
  headers: readonly string[],
  pipeline: Pick<Pipeline, 'stages'>,
): Pick<MappingChoices, 'mapping' | 'stageMap' | 'sourceMap' | 'defaultSource' | 'keepUnmapped'> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const mapping: ImportMapping = {};
  for (const { field, header } of template.columns) {
    const column = index.get(header);
    if (isField(field) && column !== undefined) mapping[field] = column;
  }
  const live = new Set([...pipeline.stages.map((s) => s.id), WON_TARGET, LOST_TARGET]);
  return {
    mapping,
    stageMap: Object.fromEntries(
      template.stages.filter((s) => live.has(s.target)).map((s) => [s.value, s.target]),
    ),
    sourceMap: Object.fromEntries(template.sources.map((s) => [s.value, s.source])),
    defaultSource: template.defaultSource,
    keepUnmapped: template.keepUnmapped,
  };
}
