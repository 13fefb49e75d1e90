import type { ExchangeRates } from '../../../../shared/model';

/** One editable exchange rate: a currency code and what one unit of it is worth at home. */
export interface RateRow {
  key: string;
  code: string;
  rate: string;
}

export function rowsOf(rates: ExchangeRates | undefined): RateRow[] {
  return Object.entries(rates ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rate]) => ({ key: code, code, rate: String(rate) }));
}

/**
 * The rates a form holds, or the first problem with them in words. Blank rows are dropped;
 * codes are upper-cased; the home currency needs no rate; a code may appear once.
 */
export function ratesOf(
  rows: readonly RateRow[],
  home: string,
): { ok: true; rates: ExchangeRates } | { ok: false; error: string; key: string } {
  const rates: ExchangeRates = {};
  for (const row of rows) {
    const code = row.code.trim().toUpperCase();
    const text = row.rate.trim();
    if (!code && !text) continue;
    if (!/^[A-Z]{3}$/.test(code))
      return { ok: false, key: row.key, error: `"${row.code}" is not a three-letter currency code.` };
    if (code === home)
      return { ok: false, key: row.key, error: `${code} is the home currency: it needs no rate.` };
    if (code in rates) return { ok: false, key: row.key, error: `${code} has two rates; keep one.` };
    const rate = Number(text.replace(',', '.'));
    if (!text || !Number.isFinite(rate) || rate <= 0)
      return { ok: false, key: row.key, error: `The ${code} rate must be a number above 0.` };
    rates[code] = rate;
  }
  return { ok: true, rates };
}
