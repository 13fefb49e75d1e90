import { safeFileName } from '../../../../shared/domains/handoff/notes/filename';
import { tableCsv, type DataTable } from '../../../../shared/domains/insights/tables';
import { platform } from '../../state/session';

function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The CSV file name for a chart: `Fieldline insights - <chart> - <date>.csv`, safe everywhere. */
export function chartFileName(title: string, at: number): string {
  return `${safeFileName(`Fieldline insights - ${title} - ${localDate(at)}`, 250)}.csv`;
}

/** Insights actions: export one chart's data as formula-safe CSV through the platform. */
export function exportChartCsv(title: string, table: DataTable, at: number) {
  return platform().saveFile({
    suggestedName: chartFileName(title, at),
    content: tableCsv(table),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    mimeType: 'text/csv;charset=utf-8',
  });
}
