/** The largest import we accept: beyond this a rep should split the file. */
export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 50_000 } as const;

/** Rounded up, so a file just over the limit never reads as equal to it. */
const mb = (bytes: number): string =>
  `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('en-US')} MB`;
const count = (n: number): string => n.toLocaleString('en-US');

/** A clear message when a file is too big to import, or `null` when it is fine. */
export function checkImportSize(bytes: number, rows?: number): string | null {
  if (bytes > IMPORT_LIMITS.maxBytes) {
    return `This file is ${mb(bytes)}; the import limit is ${mb(IMPORT_LIMITS.maxBytes)}. Split it into smaller files and import them one by one.`;
  }
  if (rows !== undefined && rows > IMPORT_LIMITS.maxRows) {
    return `This file has ${count(rows)} rows; the import limit is ${count(IMPORT_LIMITS.maxRows)} rows. Split it into smaller files and import them one by one.`;
  }
  return null;
}
