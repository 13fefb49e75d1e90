import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  currencyInAmount,
  isValidEmail,
  parseCompanySize,
  parseCurrency,
  parseFlag,
  parseImportDate,
  parseMoney,
} from './values';

describe('parseMoney', () => {
  it.each([
    ['', 0],
    ['0', 0],
    ['12500', 12500],
    ['12,500.00', 12500],
    ['12.500,00', 12500],
    ['$1,200', 1200],
    ['€ 900', 900],
    ['900 €', 900],
    ['1 200,50', 1200.5],
    ['1\u00a0200,50', 1200.5],
    ["CHF 1'500.25", 1500.25],
    ['USD 300', 300],
    ['300 EUR', 300],
    ['1,000,000', 1000000],
    ['1.000.000', 1000000],
    ['1,200', 1200],
    ['1.200', 1200],
    ['12,5', 12.5],
    ['1200.125', 1200.125],
    ['0.125', 0.125],
    ['+40', 40],
    ['£12.99', 12.99],
  ])('%j → %d', (raw, value) => {
    expect(parseMoney(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['-500', 'Value "-500" is negative; deal values must be 0 or more.'],
    ['(1,200)', 'Value "(1,200)" is negative; deal values must be 0 or more.'],
    ['€ -9', 'Value "€ -9" is negative; deal values must be 0 or more.'],
    ['lots', 'Value "lots" is not a number.'],
    ['12abc', 'Value "12abc" is not a number.'],
    ['1.2.3,4,5', 'Value "1.2.3,4,5" is not a number.'],
    ['$', 'Value "$" is not a number.'],
    // A leading minus does not make text a negative number: these are not numbers at all.
    ['-2+3', 'Value "-2+3" is not a number.'],
    ['-abc', 'Value "-abc" is not a number.'],
    ['(n/a)', 'Value "(n/a)" is not a number.'],
    ['--5', 'Value "--5" is not a number.'],
    ['9'.repeat(14), `Value "${'9'.repeat(14)}" is too large.`],
  ])('%j is refused', (raw, error) => {
    expect(parseMoney(raw)).toEqual({ ok: false, error });
  });

  it('reads back any amount with cents written plainly or with grouping (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const value = cents / 100;
        const us = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(value);
        const de = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(value);
        expect(parseMoney(String(value))).toEqual({ ok: true, value });
        expect(parseMoney(us)).toEqual({ ok: true, value });
        expect(parseMoney(de)).toEqual({ ok: true, value });
      }),
    );
  });
});

describe('parseImportDate', () => {
  it.each([
    ['', null],
    ['2025-03-04', '2025-03-04'],
    ['2025-3-4', '2025-03-04'],
    ['2025-03-04 00:00', '2025-03-04'],
    ['2025-03-04T10:00:00Z', '2025-03-04'],
    ['03/04/2025', '2025-03-04'],
    ['3/4/2025', '2025-03-04'],
    ['12/31/2025', '2025-12-31'],
    ['03.04.2025', '2025-04-03'],
    ['31.12.2025', '2025-12-31'],
    ['29.02.2024', '2024-02-29'],
  ])('%j → %j', (raw, value) => {
    expect(parseImportDate(raw)).toEqual({ ok: true, value });
  });

  it.each([
    [
      '25/03/2025',
      'Expected close "25/03/2025" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
    ],
    [
      '2025-02-30',
      'Expected close "2025-02-30" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
    ],
    [
      '29.02.2025',
      'Expected close "29.02.2025" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
    ],
    ['next week', 'Expected close "next week" is not a date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).'],
    ['2025/03/04', 'Expected close "2025/03/04" is not a date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).'],
    ['03-04-25', 'Expected close "03-04-25" is not a date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).'],
  ])('%j is refused', (raw, error) => {
    expect(parseImportDate(raw)).toEqual({ ok: false, error });
  });
});

describe('isValidEmail', () => {
  it.each(['a@b.co', 'first.last+tag@sub.example.com', "o'brien@example.ie", 'jürgen@müller.de'])(
    'accepts %j',
    (email) => {
      expect(isValidEmail(email)).toBe(true);
    },
  );
  it.each([
    '',
    'plain',
    'a@b',
    'a@@b.com',
    'a b@c.com',
    'a@b.com, c@d.com',
    '<a@b.com>',
    '.a@b.com',
    'a..b@c.com',
    'a@-b.com',
    'a@b..com',
    'tony at stark',
  ])('refuses %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('parseCompanySize', () => {
  it.each([
    ['', null],
    ['8', '1-10'],
    ['250', '201-1000'],
    ['1,200', '1001-5000'],
    ['51-200', '51-200'],
    ['1,001 - 5,000', '1001-5000'],
    ['5000+', '5000+'],
    ['12000', '5000+'],
  ])('%s → %s', (raw, bucket) => {
    expect(parseCompanySize(raw)).toEqual({ ok: true, value: bucket });
  });

  it('refuses what is not a count or a range', () => {
    expect(parseCompanySize('lots')).toEqual({
      ok: false,
      error: 'Number of employees "lots" is not a number or a range.',
    });
  });
});

describe('currencies in a file', () => {
  it.each([
    ['EUR', 'EUR'],
    ['eur', 'EUR'],
    [' gbp ', 'GBP'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['', null],
  ])('reads the currency cell %j as %j', (cell, code) => {
    expect(parseCurrency(cell)).toEqual({ ok: true, value: code });
  });

  it.each(['$', 'Euro', 'EURO', 'E1', 'kr'])('refuses %j with the reason', (cell) => {
    expect(parseCurrency(cell)).toEqual({
      ok: false,
      error: `Currency "${cell.trim()}" is not a three-letter currency code such as EUR.`,
    });
  });

  it.each([
    ['EUR 12,500', 'EUR'],
    ['12.500,00 chf', 'CHF'],
    ['€900', 'EUR'],
    ['£ 1,200.50', 'GBP'],
    ['$1,200', null],
    ['12,500', null],
  ])('finds the currency an amount names in %j', (cell, code) => {
    expect(currencyInAmount(cell)).toBe(code);
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['false', false],
    ['0', false],
    ['', null],
    ['maybe', null],
  ])('reads the flag %j as %j', (cell, flag) => {
    expect(parseFlag(cell)).toBe(flag);
  });
});
