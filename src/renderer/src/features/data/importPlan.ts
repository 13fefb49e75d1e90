/**
 * Pure helpers of the import wizard: the choices it proposes (stage and source mapping,
 * what to do with duplicates) and the request it finally sends.
 */
import { LEAD_SOURCE_LABELS, LEAD_SOURCES, nameKey, type LeadSource } from '../../../../shared/model';
import { inFileDuplicateRow, type ImportCandidate } from '../../../../shared/domains/import';
import type { ImportDecision } from '../../../../shared/domains/import/contract';

const key = nameKey;

/** The distinct non-empty values of one column (first spelling wins), at most `limit`. */
/** How many rows hold each value of a column (compared as names are: case and spaces aside). */
export function valueCounts(rows: string[][], column: number | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (column === undefined) return counts;
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (value) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
  }
  return counts;
}

export function distinctValues(
  rows: string[][],
  column: number | undefined,
  limit = 50,
): { values: string[]; more: boolean } {
  if (column === undefined) return { values: [], more: false };
  const seen = new Map<string, string>();
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (!value || seen.has(key(value))) continue;
    if (seen.size === limit) return { values: [...seen.values()], more: true };
    seen.set(key(value), value);
  }
  return { values: [...seen.values()], more: false };
}

const SOURCE_WORDS: [RegExp, LeadSource][] = [
  [/trade ?show|event|conference|expo|booth|summit/, 'event'],
  [/trial|sign.?up|freemium/, 'trial'],
  [/demo|webinar/, 'public-demo'],
  [/newsletter|subscriber/, 'newsletter'],
  [/social|linkedin|twitter|facebook|instagram|\bx\b/, 'social'],
  [/partner|referr/, 'partner-referral'],
  [/analyst|consultant|influencer/, 'influencer'],
  [/web|organic|search|seo|collateral|download|content|direct/, 'website-collateral'],
  [/campaign|email|e-mail|paid|ads|advert|offline|outbound/, 'campaign'],
];

/** A lead source for each CSV value: its id or label, else a matching word, else `fallback`. */
export function defaultSourceMap(values: string[], fallback: LeadSource): Record<string, LeadSource> {
  const map: Record<string, LeadSource> = {};
  for (const value of values) {
    const k = key(value);
    const exact = LEAD_SOURCES.find((s) => s === k || key(LEAD_SOURCE_LABELS[s]) === k);
    map[value] = exact ?? SOURCE_WORDS.find(([pattern]) => pattern.test(k))?.[1] ?? fallback;
  }
  return map;
}

export type DuplicateChoice = 'skip' | 'update' | 'add';

/** How a duplicate candidate was matched: an existing deal, or an earlier row of the file. */
export type DuplicateMatch = { kind: 'deal'; dealId: string } | { kind: 'row'; row: number };

export function describeMatch(value: string): DuplicateMatch {
  const row = inFileDuplicateRow(value);
  return row === null ? { kind: 'deal', dealId: value } : { kind: 'row', row };
}

/** The choices a duplicate can take: an earlier row of the file cannot be updated (it does not exist yet). */
export function choicesFor(match: DuplicateMatch): DuplicateChoice[] {
  return match.kind === 'deal' ? ['skip', 'update', 'add'] : ['skip', 'add'];
}

/** One decision per candidate: rows that are not duplicates are added; duplicates follow `choices` (default skip). */
export function buildDecisions(
  candidates: ImportCandidate[],
  duplicates: Map<number, string>,
  choices: Map<number, DuplicateChoice>,
): ImportDecision[] {
  return candidates.map((c) => {
    const match = duplicates.get(c.row);
    if (match === undefined) return 'add';
    const choice = choices.get(c.row) ?? 'skip';
    const m = describeMatch(match);
    if (choice === 'update') return m.kind === 'deal' ? { update: m.dealId } : 'skip';
    return choice;
  });
}

/** What the import will do, for the review step's summary. */
export function summarise(decisions: ImportDecision[]): { add: number; update: number; skip: number } {
  const out = { add: 0, update: 0, skip: 0 };
  for (const d of decisions) {
    if (d === 'add') out.add += 1;
    else if (d === 'skip') out.skip += 1;
    else out.update += 1;
  }
  return out;
}
