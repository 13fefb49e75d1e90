export { decodeCsvBytes, type CsvEncoding } from './decode';
export { parseCsv, CSV_DELIMITERS, type CsvDelimiter, type ParsedCsv } from './parse';
export { IMPORT_LIMITS, checkImportSize } from './limits';
export {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ImportField,
  type ImportMapping,
  type ImportCandidate,
  type ImportReject,
} from './fields';
export { CRM_PRESETS, guessMapping, type CrmPresetId } from './presets';
export { mapRows, type MapRowsOptions } from './map-rows';
export { findDuplicates, inFileDuplicateRow, type ExistingDeal } from './duplicates';
export { rejectsToCsv } from './rejects';
export { notesWithUnmapped, unmappedColumns } from './unmapped';
export { LOST_TARGET, WON_TARGET } from './outcome';
export { applyTemplate, matchingTemplate, templateOf } from './templates';
export { defaultStageMap } from './stageProposals';
