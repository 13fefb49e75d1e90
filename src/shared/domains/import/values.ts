/**
 * Cell parsers for the lead import. Each returns a value or `{ error }` with a reason a
 * rep can act on.
 */

import { isCalendarDay, MAX_YEAR, MIN_YEAR } from '../../model/calendar';
import type { CompanySize } from '../../model/profile';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

const CODES =
  'USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|RON|INR|CNY|BRL|MXN|ZAR|SGD|HKD|AED|SAR|TRY|ILS';
/** A common ISO 4217 code before or after the amount (any case). */
const CURRENCY_CODE = new RegExp(`^(${CODES})(?=[\\s\\d.,(+-])|(?<=[\\d.,)\\s])(${CODES})$`, 'i');

/**
 * Money as people type it: `12,500.00`, `12.500,00`, `$1,200`, `€ 900`, `1 200,50`,
 * `CHF 1'500`, `USD 300`. Currency symbols/codes and spaces are ignored. The decimal
 * separator is the last `.` or `,` when both occur. When only one kind occurs: several of
 * them are thousands separators (`1,000,000`); a single one followed by exactly three
 * digits, after one to three digits that do not start with 0, is a thousands separator
 * (`1,200` and `1.200` are 1200); otherwise it is the decimal separator (`12,5`, `1200.125`).
 * Negative amounts (`-5`, `(5)`) are refused: a deal value is never negative.
 */
export function parseMoney(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return ok(0);
  let s = text
    .replace(/\p{Sc}/gu, '')
    .replace(CURRENCY_CODE, '')
    .replace(/[\s'\u2019]/g, '');
  // The sign first: "-2+3" is not a number at all, "-5" and "(5)" are negative numbers.
  const bare = s
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^[-+]/, '')
    .replace(/-$/, '');
  if (!/^[\d.,]+$/.test(bare) || !/\d/.test(bare)) return fail(`Value "${text}" is not a number.`);
  if (/^-|^\(.*\)$|-$/.test(s)) return fail(`Value "${text}" is negative; deal values must be 0 or more.`);
  s = bare;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot !== -1 && lastComma !== -1) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot !== -1 || lastComma !== -1) {
    const sep = lastDot !== -1 ? '.' : ',';
    const parts = s.split(sep);
    const [head = '', tail = ''] = parts;
    const grouped = parts.length > 2 || (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head));
    decimal = grouped ? null : sep;
  }
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : null;
  let plain = s;
  if (thousands) plain = plain.split(thousands).join('');
  else if (decimal === null) plain = plain.replace(/[.,]/g, '');
  if (decimal === ',') plain = plain.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(plain)) return fail(`Value "${text}" is not a number.`);
  const value = Number(plain);
  if (!Number.isFinite(value) || value > 1e12) return fail(`Value "${text}" is too large.`);
  return ok(value);
}

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const DATE_FORMATS_HINT = 'use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY';

/**
 * A calendar date as `YYYY-MM-DD`. Accepted: `YYYY-MM-DD` (a time after it is ignored, as
 * CRM exports add one), `MM/DD/YYYY` and `DD.MM.YYYY` (one- or two-digit day and month).
 * Ambiguity is settled by the separator, never by guessing: a slash always means
 * month first (US, the CRMs' default), a dot always means day first (European). So
 * `03/04/2025` is 4 March and `03.04.2025` is 3 April, and `25/03/2025` is refused (there
 * is no month 25) rather than silently read day-first.
 */
export function parseImportDate(raw: string): Parsed<string | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const parts = dateParts(text);
  if (!parts) return fail(`Expected close "${text}" is not a date (${DATE_FORMATS_HINT}).`);
  const [y, mo, d] = parts;
  if (!isCalendarDay(y, mo, d))
    return fail(`Expected close "${text}" is not a real calendar date (${DATE_FORMATS_HINT}).`);
  if (y < MIN_YEAR || y > MAX_YEAR)
    return fail(`Expected close "${text}" is outside ${MIN_YEAR}–${MAX_YEAR}.`);
  return ok(iso(y, mo, d));
}

/** `[year, month, day]` by the separator rule above, or null for an unknown format. */
function dateParts(text: string): [number, number, number] | null {
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(text);
  if (isoMatch) return [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(text);
  if (us) return [Number(us[3]), Number(us[1]), Number(us[2])];
  const eu = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$/.exec(text);
  if (eu) return [Number(eu[3]), Number(eu[2]), Number(eu[1])];
  return null;
}

/**
 * A practical e-mail check: one `@`, no spaces or list/quote characters, a dot in the
 * domain, no empty labels. (Full RFC 5322 allows far more than any CRM exports.)
 */
export function isValidEmail(email: string): boolean {
  if (email.length > 254) return false;
  const match = /^([^\s@,;<>()[\]"]+)@([^\s@,;<>()[\]"]+)$/.exec(email);
  if (!match) return false;
  const [, local = '', domain = ''] = match;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u.test(l));
}

/**
 * A company's size bucket from what a CRM writes for its number of employees: a count
 * (`250`, `1,200`), a range (`51-200`, `1,001 - 5,000`: its upper end decides) or a bucket
 * (`5000+`). Empty gives null.
 */
export function parseCompanySize(raw: string): Parsed<CompanySize | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const s = text.replace(/[\s,.'\u2019]/g, '');
  const m = /^(\d+)(?:[-–](\d+)|\+)?$/.exec(s);
  if (!m) return fail(`Number of employees "${text}" is not a number or a range.`);
  const count = Number(m[2] ?? m[1]) + (s.endsWith('+') ? 1 : 0);
  const bucket: CompanySize =
    count <= 10
      ? '1-10'
      : count <= 50
        ? '11-50'
        : count <= 200
          ? '51-200'
          : count <= 1000
            ? '201-1000'
            : count <= 5000
              ? '1001-5000'
              : '5000+';
  return ok(bucket);
}

/** Symbols that name one currency; `$` and `kr` are shared by several and name none. */
const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
};

/**
 * A currency cell: an ISO code in any case (`eur` is EUR) or a symbol that names one
 * currency (€, £, ¥). Empty = none (the deal is in the home currency).
 */
export function parseCurrency(raw: string): Parsed<string | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  if (/^[A-Za-z]{3}$/.test(text)) return ok(text.toUpperCase());
  const symbol = SYMBOLS[text];
  if (symbol) return ok(symbol);
  return fail(`Currency "${text}" is not a three-letter currency code such as EUR.`);
}

/** The currency an amount names itself ("EUR 12,500", "€900", "1 500 chf"), or null. */
export function currencyInAmount(raw: string): string | null {
  const text = raw.trim();
  const code = CURRENCY_CODE.exec(text);
  if (code) return (code[1] ?? code[2] ?? '').toUpperCase();
  const symbol = [...text].find((ch) => SYMBOLS[ch]);
  return symbol ? (SYMBOLS[symbol] ?? null) : null;
}

/** A yes/no cell as CRMs write it (Salesforce `IsWon`: true/false, 1/0); null when empty or unclear. */
export function parseFlag(raw: string): boolean | null {
  const word = raw.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'x'].includes(word)) return true;
  if (['false', 'no', 'n', '0'].includes(word)) return false;
  return null;
}
