import type { CsvCell } from '../../../../shared/export/csv';
import type { MoneyFormat } from '../../ui/money';
import type { ColumnKind } from '../../../../shared/domains/insights/tables';

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const days = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A table cell as a person reads it ("—" where there is no value). */
export function formatCell(value: CsvCell, kind: ColumnKind, money: MoneyFormat): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '—';
  if (typeof value !== 'number') return String(value);
  switch (kind) {
    case 'money':
      return money.format(value);
    case 'ratio':
      return percent.format(value);
    case 'days':
      return `${days.format(value)} d`;
    default:
      return count.format(value);
  }
}

export const formatPercentTick = (value: number) => percent.format(value);
export const formatPercent = (value: number | null) => (value === null ? '—' : percent.format(value));

/** Series colours (CSS variables from insights.css, light and dark). */
export const SERIES_COLORS = Array.from({ length: 8 }, (_, i) => `var(--chart-${i + 1})`);
export const seriesColor = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length]!;
