import Papa from 'papaparse';

/**
 * CSV that is safe to open in a spreadsheet.
 *
 * Why papaparse's `unparse`: it already does RFC 4180 quoting (quotes around fields that
 * hold the delimiter, a quote, CR/LF or edge spaces; inner quotes doubled), writes CRLF by
 * default, and accepts a RegExp for formula escaping, so we pass it the exact rule that
 * `neutraliseFormula` below documents. It is well kept and already in the app for import,
 * so reusing it costs nothing and keeps the writer and the reader symmetric.
 */

/** A cell value as callers hand it over. `null` is written as an empty field. */
export type CsvCell = string | number | boolean | null;

export interface CsvOptions {
  /** Start the file with a UTF-8 byte-order mark so Excel on Windows reads UTF-8. */
  bom?: boolean;
}

/**
 * Text that a spreadsheet would evaluate: it starts with = + - @, a tab, CR or LF
 * (CSV/formula injection, OWASP). The leading `'*` makes the rule reversible: text that
 * already starts with apostrophes and then a trigger is escaped once more, so
 * `unneutraliseFormula(neutraliseFormula(s)) === s` for every string.
 */
const FORMULA_TRIGGER = /^'*[=+\-@\t\r\n]/;
const NEUTRALISED = /^'+[=+\-@\t\r\n]/;

/**
 * Make a text cell inert in a spreadsheet by prefixing an apostrophe, the character
 * Excel, LibreOffice and Google Sheets treat as "this cell is text". We prefix rather than
 * strip or replace so no information is lost and the change can be undone on import.
 * Numbers passed as numbers are never touched (a negative number is not a formula).
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** Undo `neutraliseFormula` (used when reading back a file this app or a spreadsheet wrote). */
export function unneutraliseFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

function plainCell(value: CsvCell): CsvCell {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}

/**
 * RFC 4180 CSV: comma-separated, fields quoted when needed, CRLF between records, no
 * trailing line break. Text cells are neutralised; numbers and booleans are written plainly.
 */
export function toCsv(header: string[], rows: CsvCell[][], options: CsvOptions = {}): string {
  const config = {
    newline: '\r\n',
    delimiter: ',',
    quoteChar: '"',
    escapeFormulae: FORMULA_TRIGGER,
    // With a single column an empty cell would be an empty line, which readers skip:
    // quote it so the record survives.
    quotes: (value: unknown) => header.length === 1 && value === '',
  };
  const body =
    rows.length === 0
      ? Papa.unparse([header], config)
      : Papa.unparse({ fields: header, data: rows.map((row) => row.map(plainCell)) }, config);
  return options.bom ? `\uFEFF${body}` : body;
}
