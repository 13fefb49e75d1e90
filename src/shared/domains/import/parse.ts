import Papa from 'papaparse';

export type CsvDelimiter = ',' | ';' | '\t';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

export interface CsvProblem {
  /** Spreadsheet row number (see `ParsedCsv.rowNumbers`). */
  row: number;
  message: string;
  /** The row had too few or too many fields: it is a reject unless the rep keeps it as it is. */
  ragged?: true;
}

export interface ParsedCsv {
  headers: string[];
  /** Data rows, each exactly `headers.length` cells long. Empty lines are skipped. */
  rows: string[][];
  /**
   * The spreadsheet row number of each entry of `rows`, as a rep sees it when opening the
   * file in a spreadsheet: the header is row 1, the first data record row 2, and so on. A
   * record with a line break inside a quoted cell is still one row; skipped empty lines
   * still count (the spreadsheet shows them as empty rows). Every row number this module
   * reports, in errors or rejects, uses this numbering.
   */
  rowNumbers: number[];
  delimiter: CsvDelimiter;
  errors: CsvProblem[];
}

/**
 * Guess the delimiter from the header record: the candidate (`,` `;` tab) that occurs
 * most often outside quotes. Headers rarely contain a delimiter, so this beats counting
 * over data rows whose free text may be full of commas. Ties and no match give `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') {
      if (seenContent) break;
    } else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
    }
    if (char.trim() !== '') seenContent = true;
  }
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Trimmed headers, blanks named `Column N`, duplicates suffixed `(2)`, `(3)`… (case-insensitive). */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

const isBlank = (record: string[]): boolean => record.every((cell) => cell.trim() === '');

function fitRow(record: string[], width: number, row: number, errors: CsvProblem[]): string[] {
  if (record.length < width) {
    errors.push({
      row,
      message: `Row ${row} has ${record.length} fields, expected ${width}; the missing fields were left empty.`,
      ragged: true,
    });
    return [...record, ...Array<string>(width - record.length).fill('')];
  }
  if (record.length > width) {
    const extra = record.slice(width);
    // A trailing delimiter (Excel writes them) adds only empty fields: nothing is lost.
    if (!isBlank(extra)) {
      errors.push({
        row,
        message: `Row ${row} has ${record.length} fields, expected ${width}; the extra fields were ignored.`,
        ragged: true,
      });
    }
    return record.slice(0, width);
  }
  return record;
}

/**
 * Parse CSV text into a header and string rows. No type conversion (leading zeros and
 * `+` in phone numbers survive), any mix of CRLF/LF/CR line ends (normalised to LF, also
 * inside quoted cells), quoted fields may hold delimiters, quotes and line breaks.
 */
export function parseCsv(text: string, opts: { delimiter?: CsvDelimiter } = {}): ParsedCsv {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = opts.delimiter ?? detectDelimiter(normalised);
  const result = Papa.parse<string[]>(normalised, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const errors: CsvProblem[] = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: `Row ${(e.row ?? 0) + 1}: ${e.message}` }));

  const records = result.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) {
    return {
      headers: [],
      rows: [],
      rowNumbers: [],
      delimiter,
      errors: [...errors, { row: 1, message: 'The file is empty.' }],
    };
  }
  const headers = uniqueHeaders(records[headerIndex] ?? []);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  records.forEach((record, index) => {
    if (index <= headerIndex || isBlank(record)) return;
    const row = index + 1;
    rows.push(fitRow(record, headers.length, row, errors));
    rowNumbers.push(row);
  });
  errors.sort((a, b) => a.row - b.row);
  return { headers, rows, rowNumbers, delimiter, errors };
}
