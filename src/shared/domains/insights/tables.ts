import type { CsvCell } from '../../export/csv';
import { toCsv } from '../../export/csv';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '../../model';
import { localIsoDate } from '../../engine';
import type { Dashboard } from './types';

/** How a column's numbers read: the table view formats them, CSV keeps them exact. */
export type ColumnKind = 'text' | 'count' | 'money' | 'ratio' | 'days';

export interface Column {
  label: string;
  kind: ColumnKind;
}

/** One chart's data as a table: what the "Table" view shows and "Export CSV" writes. */
export interface DataTable {
  columns: Column[];
  rows: CsvCell[][];
}

export const CHART_IDS = [
  'funnel',
  'conversion',
  'timeInStage',
  'forecast',
  'winRate',
  'lostReasons',
  'wonReasons',
  'sources',
  'activity',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

const col = (label: string, kind: ColumnKind): Column => ({ label, kind });

/** Each chart's data table, built from the dashboard alone. */
export function chartTable(d: Dashboard, chart: ChartId): DataTable {
  switch (chart) {
    case 'funnel':
      return {
        columns: [col('Stage', 'text'), col('Deals', 'count'), col('Value', 'money')],
        rows: d.funnel.map((r) => [r.name, r.count, r.value]),
      };
    case 'conversion':
      return {
        columns: [
          col('Stage', 'text'),
          col('Entered', 'count'),
          col('Moved on', 'count'),
          col('Conversion', 'ratio'),
        ],
        rows: d.conversion.map((r) => [r.name, r.entered, r.advanced, r.rate]),
      };
    case 'timeInStage':
      return {
        columns: [col('Stage', 'text'), col('Completed visits', 'count'), col('Average days', 'days')],
        rows: d.timeInStage.map((r) => [r.name, r.visits, r.averageDays]),
      };
    case 'forecast':
      return {
        columns: [
          col('Month', 'text'),
          col('Committed (won)', 'money'),
          ...d.pipeline.stages.map((s) => col(s.name, 'money')),
          col('Weighted (open)', 'money'),
          col('Total', 'money'),
        ],
        rows: d.forecast.map((m) => [
          m.month,
          m.committed,
          ...d.pipeline.stages.map((s) => m.byStage[s.id] ?? 0),
          m.weighted,
          m.total,
        ]),
      };
    case 'winRate': {
      const o = d.outcomes;
      return {
        columns: [col('Outcome', 'text'), col('Deals', 'count'), col('Value', 'money')],
        rows: [
          ['Won', o.won, o.wonValue],
          ['Lost', o.lost, o.lostValue],
          ['Disqualified', o.disqualified, null],
        ],
      };
    }
    case 'lostReasons':
      return {
        columns: [col('Reason', 'text'), col('Deals', 'count'), col('Value', 'money')],
        rows: d.outcomes.lostReasons.map((r) => [r.reason, r.count, r.value]),
      };
    case 'wonReasons':
      return {
        columns: [col('Reason', 'text'), col('Deals', 'count'), col('Value', 'money')],
        rows: d.outcomes.wonReasons.map((r) => [r.reason, r.count, r.value]),
      };
    case 'sources':
      return {
        columns: [
          col('Source', 'text'),
          col('Leads', 'count'),
          col('Reached SQL', 'count'),
          col('SQL rate', 'ratio'),
          col('Won', 'count'),
          col('Won value', 'money'),
        ],
        rows: d.sources.map((r) => [r.label, r.leads, r.reachedSql, r.sqlRate, r.won, r.wonValue]),
      };
    case 'activity':
      return {
        columns: [
          col('Week', 'text'),
          col('Week starts', 'text'),
          ...ACTIVITY_TYPES.map((t) => col(ACTIVITY_TYPE_LABELS[t], 'count')),
          col('Activities', 'count'),
        ],
        rows: d.activity.map((w) => [
          w.week,
          localIsoDate(w.start),
          ...ACTIVITY_TYPES.map((t) => w.byType[t]),
          w.total,
        ]),
      };
  }
}

/** The table as formula-safe RFC 4180 CSV (exact numbers; empty cells for "no value"). */
export function tableCsv(table: DataTable): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows,
    { bom: true },
  );
}
