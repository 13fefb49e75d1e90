import { LEAD_SOURCE_LABELS, LEAD_SOURCES, nameKey, type LeadSource } from '../../model';
import { unneutraliseFormula } from '../../export/csv';
import type { ImportCandidate, ImportField, ImportMapping, ImportReject } from './fields';
import type { CsvProblem } from './parse';
import { parseContactList } from './people';
import {
  currencyInAmount,
  isValidEmail,
  parseCompanySize,
  parseCurrency,
  parseFlag,
  parseImportDate,
  parseMoney,
} from './values';
import { LOST_TARGET, outcomeOfWord, WON_TARGET, type ImportOutcome } from './outcome';

export interface MapRowsOptions {
  /** CSV stage text (any case) → pipeline stage id. */
  stageMap: Record<string, string>;
  /** CSV source text (any case) → lead source. Source ids and labels are also understood. */
  sourceMap: Record<string, LeadSource>;
  defaultStageId: string;
  /** Where a won deal goes when its stage value closes it (the pipeline's Closed Deal). */
  closedStageId?: string;
  defaultSource: LeadSource;
  /** Spreadsheet row numbers from `parseCsv`; defaults to index + 2 (header is row 1). */
  rowNumbers?: number[];
  /** Rows `parseCsv` found with too few or too many fields (its `ragged` problems). */
  ragged?: readonly CsvProblem[];
  /** The rep chose to import ragged rows as they are (padded / cut); otherwise they are rejects. */
  keepRagged?: boolean;
}

const SHORT = 300;
const LONG = 20_000;

function lookup<T>(map: Record<string, T>, raw: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(map, raw)) return map[raw];
  const wanted = nameKey(raw);
  for (const [k, v] of Object.entries(map)) if (nameKey(k) === wanted) return v;
  return undefined;
}

function resolveSource(raw: string, opts: MapRowsOptions): LeadSource {
  if (!raw) return opts.defaultSource;
  const mapped = lookup(opts.sourceMap, raw);
  if (mapped) return mapped;
  const wanted = nameKey(raw);
  return (
    LEAD_SOURCES.find((s) => s === wanted || nameKey(LEAD_SOURCE_LABELS[s]) === wanted) ?? opts.defaultSource
  );
}

/** Salesforce's `IsClosed` / `IsWon` pair: closed and won, closed and not won (lost), or open. */
function outcomeOfFlags(isWon: string, isClosed: string): ImportOutcome | null {
  const won = parseFlag(isWon);
  const closed = parseFlag(isClosed);
  if (won === true) return 'won';
  if (closed === true) return won === false ? 'lost' : null;
  return closed === false ? 'open' : null;
}

/**
 * The row's stage and outcome: a status column decides the outcome, else won/closed flags,
 * else the stage value does.
 */
function resolveStage(
  get: (field: ImportField) => string,
  opts: MapRowsOptions,
): { stageId: string; status: ImportOutcome } {
  const raw = get('stage');
  const target = (raw && lookup(opts.stageMap, raw)) || opts.defaultStageId;
  const closes = target === WON_TARGET ? 'won' : target === LOST_TARGET ? 'lost' : null;
  const status =
    outcomeOfWord(get('status')) ?? outcomeOfFlags(get('isWon'), get('isClosed')) ?? closes ?? 'open';
  // Won deals go to Closed Deal, as the pipeline keeps them. A closing stage value that is not won
  // places the deal in the default stage (a lost one leaves the board from there); a status
  // column's lost keeps the stage the deal had reached.
  const won = opts.closedStageId ?? opts.defaultStageId;
  const stageId = status === 'won' ? won : closes ? opts.defaultStageId : target;
  return { stageId, status };
}

/** Cell text: trimmed, the spreadsheet "text" apostrophe before = + - @ removed (see csv.ts). */
function cellOf(values: string[], mapping: ImportMapping, field: ImportField): string {
  const index = mapping[field];
  if (index === undefined) return '';
  return unneutraliseFormula((values[index] ?? '').trim()).trim();
}

function lengthProblems(
  c: Omit<ImportCandidate, 'row' | 'value' | 'source' | 'stageId' | 'expectedClose'>,
): string[] {
  const short: [string, string][] = [
    ['Title', c.title],
    ['Company', c.companyName],
    ['Contact name', c.contactName],
    ['E-mail', c.email],
    ['Phone', c.phone],
    ['Job title', c.jobTitle],
    ['Industry', c.industry],
  ];
  const problems = short
    .filter(([, v]) => v.length > SHORT)
    .map(([label]) => `${label} is longer than ${SHORT} characters.`);
  if (c.notes.length > LONG)
    problems.push(`Notes are longer than ${LONG.toLocaleString('en-US')} characters.`);
  return problems;
}

function mapRow(
  values: string[],
  row: number,
  mapping: ImportMapping,
  opts: MapRowsOptions,
): ImportCandidate | ImportReject {
  const get = (field: ImportField): string => cellOf(values, mapping, field);
  const companyName = get('company');
  const email = get('email');
  const contactName = get('contactName') || [get('firstName'), get('lastName')].filter(Boolean).join(' ');
  const others = parseContactList(get('contacts')).filter((p) => p.name);
  const title = get('title') || [companyName, contactName].filter(Boolean).join(' — ');
  const text = {
    title,
    companyName,
    contactName,
    email,
    phone: get('phone'),
    jobTitle: get('jobTitle'),
    industry: get('industry'),
    notes: get('notes'),
  };

  const reasons: string[] = [];
  if (!title) reasons.push('No title, company or contact name.');
  if (text.email && !isValidEmail(text.email)) reasons.push(`E-mail "${text.email}" is not a valid address.`);
  const value = parseMoney(get('value'));
  if (!value.ok) reasons.push(value.error);
  const currency = parseCurrency(get('currency') || (currencyInAmount(get('value')) ?? ''));
  if (!currency.ok) reasons.push(currency.error);
  const close = parseImportDate(get('expectedClose'));
  if (!close.ok) reasons.push(close.error);
  const closedOn = parseImportDate(get('closedOn'));
  if (!closedOn.ok) reasons.push(closedOn.error.replace(/^Expected close/, 'Closed on'));
  const size = parseCompanySize(get('employees'));
  if (!size.ok) reasons.push(size.error);
  const revenueText = get('annualRevenue');
  const revenue = parseMoney(revenueText);
  if (!revenue.ok) reasons.push(revenue.error.replace(/^Value/, 'Annual revenue'));
  reasons.push(...lengthProblems(text));
  if (reasons.length || !value.ok || !currency.ok || !close.ok || !closedOn.ok || !size.ok || !revenue.ok)
    return { row, values, reason: reasons.join(' ') };

  const { stageId, status } = resolveStage(get, opts);
  const placed = {
    stageId,
    ...(status !== 'open' ? { status } : {}),
    ...(status === 'lost' && get('lostReason') ? { lostReason: get('lostReason') } : {}),
    ...(status === 'won' && get('wonReason') ? { wonReason: get('wonReason') } : {}),
  };
  return {
    row,
    ...text,
    value: value.value,
    ...(currency.value ? { currency: currency.value } : {}),
    source: resolveSource(get('source'), opts),
    ...placed,
    ...(others.length ? { contacts: others.slice(0, 50) } : {}),
    // A closed deal's date is the day it closed, when the file says so apart from its forecast.
    expectedClose: (status !== 'open' && closedOn.value) || close.value,
    ...(size.value ? { companySize: size.value } : {}),
    ...(revenueText ? { annualRevenue: revenue.value } : {}),
  };
}

/**
 * Turn parsed rows into deal candidates, or rejects with every reason found. Text is
 * trimmed; phone numbers are kept exactly as typed otherwise. Empty value = 0; unknown
 * or empty stage/source = the defaults. A row with too few or too many fields is a reject
 * (its fields may have shifted) unless `keepRagged` says the rep chose to import it as it is.
 */
export function mapRows(
  rows: string[][],
  mapping: ImportMapping,
  opts: MapRowsOptions,
): { candidates: ImportCandidate[]; rejects: ImportReject[] } {
  const candidates: ImportCandidate[] = [];
  const rejects: ImportReject[] = [];
  const ragged = opts.keepRagged
    ? new Map<number, string>()
    : new Map((opts.ragged ?? []).map((p) => [p.row, p.message.replace(/;.*$/, '.')]));
  rows.forEach((values, index) => {
    const row = opts.rowNumbers?.[index] ?? index + 2;
    const misshapen = ragged.get(row);
    if (misshapen) {
      rejects.push({ row, values, reason: `${misshapen} Import such rows as they are, or fix the file.` });
      return;
    }
    const result = mapRow(values, row, mapping, opts);
    if ('reason' in result) rejects.push(result);
    else candidates.push(result);
  });
  return { candidates, rejects };
}
