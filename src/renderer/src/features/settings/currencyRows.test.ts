import { describe, expect, it } from 'vitest';
import { ratesOf, rowsOf } from './currencyRows';

const row = (code: string, rate: string) => ({ key: code || rate, code, rate });

describe('exchange rate rows', () => {
  it('reads codes in upper case, rates with a point or a comma, and drops blank rows', () => {
    expect(ratesOf([row('eur', '1.08'), row('gbp', '1,27'), row('', '')], 'USD')).toEqual({
      ok: true,
      rates: { EUR: 1.08, GBP: 1.27 },
    });
  });

  it('names the first problem and the row it is in', () => {
    expect(ratesOf([row('EURO', '1')], 'USD')).toMatchObject({ ok: false, key: 'EURO' });
    expect(ratesOf([row('USD', '1')], 'USD')).toMatchObject({
      ok: false,
      error: 'USD is the home currency: it needs no rate.',
    });
    expect(ratesOf([row('EUR', '1'), { key: 'x', code: 'eur', rate: '2' }], 'USD')).toMatchObject({
      ok: false,
      key: 'x',
      error: 'EUR has two rates; keep one.',
    });
    for (const bad of ['0', '-1', 'abc', ''])
      expect(ratesOf([row('EUR', bad)], 'USD')).toMatchObject({
        ok: false,
        error: 'The EUR rate must be a number above 0.',
      });
  });

  it('shows saved rates sorted by code, and reads them back unchanged', () => {
    const rates = { GBP: 1.27, EUR: 1.08 };
    expect(rowsOf(rates).map((r) => r.code)).toEqual(['EUR', 'GBP']);
    expect(ratesOf(rowsOf(rates), 'USD')).toEqual({ ok: true, rates });
  });
});
