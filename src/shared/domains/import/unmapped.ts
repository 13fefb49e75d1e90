import { unneutraliseFormula } from '../../export/csv';
import type { ImportMapping } from './fields';

/** A column of the file that no field takes, with a value from it to recognise it by. */
export interface UnmappedColumn {
  column: number;
  header: string;
  /** The first non-empty value in the column ('' when the column is empty in every row). */
  sample: string;
}

const cell = (values: readonly string[] | undefined, column: number) =>
  unneutraliseFormula((values?.[column] ?? '').trim()).trim();

/** Every column the mapping leaves out, in file order (nothing is dropped without being listed). */
export function unmappedColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ImportMapping,
): UnmappedColumn[] {
  const mapped = new Set(Object.values(mapping));
  return headers.flatMap((header, column) => {
    if (mapped.has(column)) return [];
    const sample = rows.map((r) => cell(r, column)).find((v) => v !== '') ?? '';
    return [{ column, header, sample }];
  });
}

/**
 * A deal's notes with the row's unmapped values kept below them:
 * "Imported from HubSpot: Pipeline = Sales, Deal owner = Ada". Empty values are left out; a
 * value with line breaks keeps them.
 */
export function notesWithUnmapped(
  notes: string,
  values: readonly string[] | undefined,
  columns: readonly UnmappedColumn[],
  source: string,
): string {
  const kept = columns
    .map((c) => ({ header: c.header, value: cell(values, c.column) }))
    .filter((c) => c.value !== '')
    .map((c) => `${c.header} = ${c.value}`);
  if (kept.length === 0) return notes;
  const line = `Imported from ${source}: ${kept.join(', ')}`;
  return notes ? `${notes}\n\n${line}` : line;
}
