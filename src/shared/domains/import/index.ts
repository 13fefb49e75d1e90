export { decodeCsvBytes, type CsvEncoding, type DecodedCsv } from './decode';
export {
  parseCsv,
  detectDelimiter,
  uniqueHeaders,
  CSV_DELIMITERS,
  type CsvDelimiter,
  type ParsedCsv,
  type CsvProblem,
} from './parse';
export { IMPORT_LIMITS, checkImportSize } from './limits';
export {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ImportField,
  type ImportMapping,
  type ImportCandidate,
  type ImportReject,
} from './fields';
export {
  CRM_PRESETS,
  GENERIC_COLUMNS,
  guessMapping,
  normaliseHeader,
  type CrmPreset,
  type CrmPresetId,
} from './presets';
export { mapRows, type MapRowsOptions } from './map-rows';
export { parseMoney, parseImportDate, isValidEmail, DATE_FORMATS_HINT, type Parsed } from './values';
export {
  findDuplicates,
  inFileDuplicateRow,
  IN_FILE_DUPLICATE_PREFIX,
  type ExistingDeal,
} from './duplicates';
export { rejectsToCsv } from './rejects';
