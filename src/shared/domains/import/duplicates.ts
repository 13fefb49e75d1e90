import { nameKey } from '../../model';
import type { ImportCandidate } from './fields';

export interface ExistingDeal {
  id: string;
  email: string;
  companyName: string;
  title: string;
}

/** Marks a duplicate of an earlier row in the same file: `row:<n>`. */
export const IN_FILE_DUPLICATE_PREFIX = 'row:';

/** The earlier row a `findDuplicates` value points at, or null when it is an existing deal id. */
export function inFileDuplicateRow(value: string): number | null {
  if (!value.startsWith(IN_FILE_DUPLICATE_PREFIX)) return null;
  const row = Number(value.slice(IN_FILE_DUPLICATE_PREFIX.length));
  return Number.isInteger(row) ? row : null;
}

const norm = nameKey;
const emailKey = (email: string): string | null => (norm(email) ? `e:${norm(email)}` : null);
/** Company + title, both needed: two company-less leads titled "Demo request" are not the same deal. */
const dealKey = (company: string, title: string): string | null =>
  norm(company) && norm(title) ? `d:${norm(company)}\u0000${norm(title)}` : null;

/**
 * Candidates that look like deals already in the store — same e-mail (case-insensitive),
 * or same company and title (trimmed, case- and space-insensitive) — map their row to the
 * existing deal id. A candidate that repeats an earlier row of the same file (and matches
 * no existing deal) maps to `row:<earlier row>`; see `inFileDuplicateRow`.
 */
export function findDuplicates(candidates: ImportCandidate[], existing: ExistingDeal[]): Map<number, string> {
  const known = new Map<string, string>();
  for (const deal of existing) {
    for (const k of [emailKey(deal.email), dealKey(deal.companyName, deal.title)]) {
      if (k && !known.has(k)) known.set(k, deal.id);
    }
  }
  const result = new Map<number, string>();
  const inFile = new Map<string, number>();
  for (const c of candidates) {
    const keys = [emailKey(c.email), dealKey(c.companyName, c.title)].filter((k): k is string => k !== null);
    const existingId = keys.map((k) => known.get(k)).find((id) => id !== undefined);
    const earlier = keys.map((k) => inFile.get(k)).find((row) => row !== undefined);
    if (existingId !== undefined) result.set(c.row, existingId);
    else if (earlier !== undefined) result.set(c.row, `${IN_FILE_DUPLICATE_PREFIX}${earlier}`);
    for (const k of keys) if (!inFile.has(k)) inFile.set(k, c.row);
  }
  return result;
}
