export { toCsv, neutraliseFormula, unneutraliseFormula, type CsvCell, type CsvOptions } from './csv';
export {
  followUpsToIcs,
  escapeIcsText,
  foldIcsLine,
  formatIcsUtc,
  formatIcsLocalDate,
  type IcsItem,
  type IcsOptions,
} from './ics';
export * from '../domains/handoff/notes';
