import { describe, expect, it } from 'vitest';
import { mapRows } from './map-rows';
import { decodeCsvBytes } from './decode';
import { fixtureBytes, parseFixture } from './testing/fixtures';

/** Each fixture's exact parse: headers, rows, spreadsheet row numbers, delimiter, errors. */
describe('CSV fixtures parse exactly', () => {
  it('bom.csv: BOM stripped, UTF-8 kept', () => {
    const decoded = decodeCsvBytes(fixtureBytes('bom.csv'));
    expect(decoded.hadBom).toBe(true);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith('Name')).toBe(true);
    expect(parseFixture('bom.csv')).toEqual({
      headers: ['Name', 'Company', 'Email'],
      rows: [['Anna Schmidt', 'Müller AG', 'anna@mueller.example']],
      rowNumbers: [2],
      delimiter: ',',
      errors: [],
    });
  });

  it('crlf.csv', () => {
    expect(parseFixture('crlf.csv')).toEqual({
      headers: ['Title', 'Company', 'Value'],
      rows: [
        ['Pilot', 'Acme Inc', '1200'],
        ['Renewal', 'Globex', '900'],
      ],
      rowNumbers: [2, 3],
      delimiter: ',',
      errors: [],
    });
  });

  it('mixed-eol.csv: CRLF, LF and CR in one file', () => {
    expect(parseFixture('mixed-eol.csv')).toEqual({
      headers: ['Title', 'Company', 'Value'],
      rows: [
        ['Pilot', 'Acme Inc', '1200'],
        ['Renewal', 'Globex', '900'],
        ['Upsell', 'Initech', '50'],
      ],
      rowNumbers: [2, 3, 4],
      delimiter: ',',
      errors: [],
    });
  });

  it('quoted-newlines.csv: quoted commas, doubled quotes and line breaks stay in one row', () => {
    expect(parseFixture('quoted-newlines.csv')).toEqual({
      headers: ['Title', 'Company', 'Notes'],
      rows: [
        ['Pilot', 'Acme, Inc.', 'Line one\nLine two, with comma'],
        ['Renewal "2026"', 'Globex', 'Said: "call me"\nafter lunch'],
      ],
      rowNumbers: [2, 3],
      delimiter: ',',
      errors: [],
    });
  });

  it('semicolon.csv: detected delimiter, European numbers left as text', () => {
    expect(parseFixture('semicolon.csv')).toEqual({
      headers: ['Title', 'Company', 'Value', 'Expected close'],
      rows: [
        ['Pilot', 'Müller GmbH', '12.500,00', '31.03.2025'],
        ['Rollout', 'Beispiel AG', '1.200,50', '01.04.2025'],
      ],
      rowNumbers: [2, 3],
      delimiter: ';',
      errors: [],
    });
  });

  it('tab.tsv: tab-delimited, commas and semicolons inside values', () => {
    expect(parseFixture('tab.tsv')).toEqual({
      headers: ['Title', 'Company', 'Email', 'Phone'],
      rows: [
        ['Pilot, phase 1', 'Acme Inc', 'ops@acme.example', '+1 555 0100'],
        ['Renewal', 'Globex; EU', 'buy@globex.example', '0044 20 7946 0000'],
      ],
      rowNumbers: [2, 3],
      delimiter: '\t',
      errors: [],
    });
  });

  it('duplicate-headers.csv: duplicates numbered, blank header named', () => {
    expect(parseFixture('duplicate-headers.csv')).toEqual({
      headers: ['Name', 'Email', 'Email (2)', 'Phone', 'Column 5', 'email (3)'],
      rows: [['Anna Schmidt', 'anna@a.example', 'anna.private@b.example', '123', 'x', 'third@c.example']],
      rowNumbers: [2],
      delimiter: ',',
      errors: [],
    });
  });

  it('ragged.csv: short rows padded, long rows truncated, both reported; trailing empty field is fine', () => {
    expect(parseFixture('ragged.csv')).toEqual({
      headers: ['Title', 'Company', 'Value'],
      rows: [
        ['Short', 'Acme', ''],
        ['Exact', 'Globex', '100'],
        ['Long', 'Initech', '200'],
        ['Trailing comma', 'Umbrella', '300'],
      ],
      rowNumbers: [2, 3, 4, 5],
      delimiter: ',',
      errors: [
        {
          row: 2,
          message: 'Row 2 has 2 fields, expected 3; the missing fields were left empty.',
          ragged: true,
        },
        { row: 4, message: 'Row 4 has 4 fields, expected 3; the extra fields were ignored.', ragged: true },
      ],
    });
  });

  it('windows-1252.csv: detected from invalid UTF-8, umlauts and € decoded', () => {
    const decoded = decodeCsvBytes(fixtureBytes('windows-1252.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.hadBom).toBe(false);
    expect(parseFixture('windows-1252.csv')).toEqual({
      headers: ['Name', 'Company', 'Notes'],
      rows: [['Jürgen Müller', 'Café Grün', 'Budget 5000 €']],
      rowNumbers: [2],
      delimiter: ';',
      errors: [],
    });
  });

  it('leading-zeros.csv: no type conversion', () => {
    expect(parseFixture('leading-zeros.csv')).toEqual({
      headers: ['Title', 'Company', 'Phone', 'Value'],
      rows: [
        ['Pilot', 'Acme', '0049 30 1234567', '000100'],
        ['Zip', '00123 Corp', '+44 20 7946 0000', '0'],
      ],
      rowNumbers: [2, 3],
      delimiter: ',',
      errors: [],
    });
  });

  it('invalid-rows.csv: the empty record is skipped but still counts as a row', () => {
    const parsed = parseFixture('invalid-rows.csv');
    expect(parsed.headers).toEqual(['Title', 'Company', 'Contact', 'Email', 'Value', 'Expected close']);
    expect(parsed.rowNumbers).toEqual([2, 4, 5, 6, 7, 8, 9, 10]);
    expect(parsed.rows[0]).toEqual([
      'Good row',
      'Acme',
      'Jane Doe',
      'jane@acme.example',
      '$1,200',
      '2025-05-01',
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('sample-leads.csv: 25 clean rows of 13 columns', () => {
    const parsed = parseFixture('sample-leads.csv');
    expect(parsed.rows).toHaveLength(25);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.every((r) => r.length === 13)).toBe(true);
    expect(parsed.rows[4]?.[12]).toBe('Asked for a security questionnaire\nNeeds SSO');
    expect(parsed.rowNumbers.at(-1)).toBe(26);
  });

  it('ragged.csv: misshapen rows are rejects with their reason, unless the rep keeps them as they are', () => {
    const parsed = parseFixture('ragged.csv');
    const opts = {
      stageMap: {},
      sourceMap: {},
      defaultStageId: 's1',
      defaultSource: 'campaign' as const,
      rowNumbers: parsed.rowNumbers,
      ragged: parsed.errors.filter((e) => e.ragged),
    };
    const mapping = { title: 0, company: 1, value: 2 };
    const strict = mapRows(parsed.rows, mapping, opts);
    expect(strict.candidates.map((c) => c.title)).toEqual(['Exact', 'Trailing comma']);
    expect(strict.rejects.map((r) => [r.row, r.reason])).toEqual([
      [2, 'Row 2 has 2 fields, expected 3. Import such rows as they are, or fix the file.'],
      [4, 'Row 4 has 4 fields, expected 3. Import such rows as they are, or fix the file.'],
    ]);
    const kept = mapRows(parsed.rows, mapping, { ...opts, keepRagged: true });
    expect(kept.candidates.map((c) => c.title)).toEqual(['Short', 'Exact', 'Long', 'Trailing comma']);
    expect(kept.rejects).toEqual([]);
  });
});
