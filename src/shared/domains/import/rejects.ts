import { toCsv } from '../../export/csv';
import type { ImportReject } from './fields';

/**
 * The rejected rows as a CSV the rep can fix and import again: the original columns
 * (formula-safe) plus a `Reason` column. Rows are padded to the header width.
 */
export function rejectsToCsv(
  headers: string[],
  rejects: ImportReject[],
  options: { bom?: boolean } = {},
): string {
  const width = headers.length;
  const rows = rejects.map((r) => [
    ...r.values.slice(0, width),
    ...Array<string>(Math.max(0, width - r.values.length)).fill(''),
    r.reason,
  ]);
  return toCsv([...headers, 'Reason'], rows, options);
}
