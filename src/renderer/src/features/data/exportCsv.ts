import { formatTime } from '../../ui/timeText';
import { LEAD_SOURCE_LABELS } from '../../../../shared/model';
import { toCsv, type CsvCell } from '../../../../shared/export/csv';
import type { DealExportRow } from '../../../../shared/domains/deals/contract';

/** Column names a spreadsheet user reads, and that the import recognises again. */
export const DEAL_EXPORT_HEADER = [
  'Title',
  'Company',
  'Contact',
  'E-mail',
  'Phone',
  'Stage',
  'Status',
  'Value',
  'Currency',
  'Weighted value',
  'Score',
  'Source',
  'Expected close',
  'Next step',
  'Days in stage',
];

const STATUS_LABELS: Record<DealExportRow['status'], string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
  disqualified: 'Disqualified',
};

function cells(row: DealExportRow): CsvCell[] {
  return [
    row.title,
    row.companyName,
    row.contactName,
    row.email,
    row.phone,
    row.stageName,
    STATUS_LABELS[row.status],
    row.value,
    row.currency,
    row.weightedValue,
    row.score,
    LEAD_SOURCE_LABELS[row.source],
    row.expectedClose,
    row.nextStepAt === null ? null : formatTime(row.nextStepAt, 'yyyy-MM-dd HH:mm'),
    row.daysInStage,
  ];
}

/**
 * The deals as CSV that is safe to open in a spreadsheet: text cells that would run as
 * formulas are neutralised (toCsv), UTF-8 with a byte-order mark for Excel.
 */
export function dealRowsToCsv(rows: DealExportRow[]): string {
  return toCsv(DEAL_EXPORT_HEADER, rows.map(cells), { bom: true });
}
