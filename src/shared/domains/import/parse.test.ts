import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, uniqueHeaders } from './parse';
import { checkImportSize, IMPORT_LIMITS } from './limits';

describe('detectDelimiter', () => {
  it('picks the delimiter that dominates the header, ignoring quoted text', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5;6')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('\n\nx;y\n')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('uniqueHeaders', () => {
  it('trims, names blanks and numbers duplicates case-insensitively', () => {
    expect(uniqueHeaders([' Email ', 'email', 'Email (2)', '', 'EMAIL'])).toEqual([
      'Email',
      'email (2)',
      'Email (2) (2)',
      'Column 4',
      'EMAIL (3)',
    ]);
  });
});

describe('parseCsv', () => {
  it('honours an explicit delimiter', () => {
    expect(parseCsv('a;b\n1;2', { delimiter: ',' }).rows).toEqual([['1;2']]);
  });

  it('skips blank lines (also whitespace- or delimiter-only) but keeps spreadsheet row numbers', () => {
    const parsed = parseCsv('\nA,B\n\n1,2\n , \n,\n3,4\n');
    expect(parsed.headers).toEqual(['A', 'B']);
    expect(parsed.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parsed.rowNumbers).toEqual([4, 7]);
  });

  it('reports an empty file', () => {
    expect(parseCsv(' \n\n')).toEqual({
      headers: [],
      rows: [],
      rowNumbers: [],
      delimiter: ',',
      errors: [{ row: 1, message: 'The file is empty.' }],
    });
  });

  it('reports an unclosed quote with its row', () => {
    const parsed = parseCsv('A,B\n1,2\n"open,3\n');
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors[0]?.row).toBe(3);
    expect(parsed.errors[0]?.message).toMatch(/^Row 3: .*quote/i);
  });

  it('never converts types', () => {
    expect(parseCsv('a,b,c,d\n007,1e3,TRUE,  x  ').rows).toEqual([['007', '1e3', 'TRUE', '  x  ']]);
  });
});

describe('checkImportSize', () => {
  it('accepts files within the limits', () => {
    expect(checkImportSize(IMPORT_LIMITS.maxBytes)).toBeNull();
    expect(checkImportSize(1000, IMPORT_LIMITS.maxRows)).toBeNull();
  });

  it('explains what is too big and what to do', () => {
    expect(checkImportSize(IMPORT_LIMITS.maxBytes + 1)).toBe(
      'This file is 10.1 MB; the import limit is 10 MB. Split it into smaller files and import them one by one.',
    );
    expect(checkImportSize(2048, 50_001)).toBe(
      'This file has 50,001 rows; the import limit is 50,000 rows. Split it into smaller files and import them one by one.',
    );
  });
});
