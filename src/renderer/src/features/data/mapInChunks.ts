import {
  mapRows,
  type ImportCandidate,
  type ImportMapping,
  type ImportReject,
  type MapRowsOptions,
} from '../../../../shared/domains/import';

const CHUNK = 2000;

/**
 * `mapRows` in slices, yielding to the page between them so a 50,000-row file shows
 * progress and the UI stays responsive. Same result as one `mapRows` call.
 */
export async function mapRowsInChunks(
  rows: string[][],
  rowNumbers: number[],
  mapping: ImportMapping,
  options: Omit<MapRowsOptions, 'rowNumbers'>,
  onProgress: (done: number, total: number) => void,
): Promise<{ candidates: ImportCandidate[]; rejects: ImportReject[] }> {
  const candidates: ImportCandidate[] = [];
  const rejects: ImportReject[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const end = Math.min(rows.length, start + CHUNK);
    const part = mapRows(rows.slice(start, end), mapping, {
      ...options,
      rowNumbers: rowNumbers.slice(start, end),
    });
    candidates.push(...part.candidates);
    rejects.push(...part.rejects);
    onProgress(end, rows.length);
    if (end < rows.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { candidates, rejects };
}
