import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { neutraliseFormula, toCsv, unneutraliseFormula } from './csv';

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1:A9)', '+1+1', '-2+3', '@cmd', '\tTAB', '\rCR', '\nLF', '=HYPERLINK("http://x","y")'])(
    'prefixes an apostrophe to %j',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves harmless text alone, including an apostrophe that is not followed by a trigger', () => {
    for (const cell of ['Acme', ' =not first', "'s-Hertogenbosch", '12', '', 'a=b']) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });

  it('escapes apostrophe runs before a trigger once more, so it can be undone exactly', () => {
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(unneutraliseFormula("''=1")).toBe("'=1");
  });

  it('is reversible for every string', () => {
    fc.assert(fc.property(fc.string(), (s) => unneutraliseFormula(neutraliseFormula(s)) === s));
  });

  it('never lets a trigger character start the written cell', () => {
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r\n]/.test(neutraliseFormula(s))));
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 records with CRLF and quotes only where needed', () => {
    const csv = toCsv(
      ['Name', 'Note', 'Value'],
      [
        ['Acme, Inc.', 'said "yes"', 12500],
        ['Line\nbreak', null, -40],
        [' padded ', true, 0.5],
      ],
    );
    expect(csv).toBe(
      'Name,Note,Value\r\n"Acme, Inc.","said ""yes""",12500\r\n"Line\nbreak",,-40\r\n" padded ",true,0.5',
    );
  });

  it('neutralises every trigger in text cells but writes numbers plainly', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      [['=1', '+1', '-1', '@a', '\tx', '\rx', '\nx', -1]],
    );
    const [, record] = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(record).toEqual(["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", "'\nx", '-1']);
  });

  it('adds a UTF-8 byte-order mark on request', () => {
    expect(toCsv(['a'], [['é']], { bom: true })).toBe('\uFEFFa\r\né');
    expect(toCsv(['a'], [['é']])).toBe('a\r\né');
  });

  it('writes non-finite numbers as empty fields and a header-only file without a trailing break', () => {
    expect(toCsv(['a', 'b'], [[Number.NaN, Number.POSITIVE_INFINITY]])).toBe('a,b\r\n,');
    expect(toCsv(['a', 'b'], [])).toBe('a,b');
  });

  it('keeps empty records in a single-column file', () => {
    expect(toCsv(['a'], [[''], ['x']])).toBe('a\r\n""\r\nx');
  });

  it('round-trips through papaparse (after undoing the apostrophe)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('=1+1', '-x', '@', '\t', ' a ', '"', ',', '\r\n', "'+1"),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 8 }),
        (width, wide) => {
          const header = Array.from({ length: width }, (_, i) => `col${i}`);
          const rows = wide.map((r) => r.slice(0, width));
          const parsed = Papa.parse<string[]>(toCsv(header, rows), { newline: '\r\n', delimiter: ',' });
          expect(parsed.errors).toEqual([]);
          const back = parsed.data.map((r) => r.map(unneutraliseFormula));
          expect(back).toEqual([header, ...rows.map((r) => r.map((v) => String(v)))]);
        },
      ),
    );
  });
});
