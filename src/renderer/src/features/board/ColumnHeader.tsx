import { memo } from 'react';
import type { StageDef } from '../../../../shared/model';
import type { ColumnStats } from './columnStats';
import { SORT_LABELS, type SortKey } from './filterCards';
import { useMoney } from '../../ui/money';

interface Props {
  stage: StageDef;
  stats: ColumnStats;
  sortKey: SortKey;
  onSort(key: SortKey): void;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * A column's name, count, total and weighted value, and its sort order. Rendered only when they
 * change, not each time its column does (dnd-kit renders every drop target when a drag starts,
 * passes over it or ends).
 */
export const ColumnHeader = memo(function ColumnHeader({ stage, stats, sortKey, onSort }: Props) {
  const money = useMoney();
  const sortId = `sort-${stage.id}`;
  return (
    <header className="column-header">
      <div className="column-title">
        <h2 title={stage.name}>{stage.name}</h2>
        <span className="column-count" data-testid="column-count" title="Deals in this stage">
          {stats.count}
        </span>
      </div>
      <div className="column-figures">
        <span
          className="column-total"
          data-testid="column-total"
          data-value={cents(stats.total)}
          title={`Total ${money.format(stats.total)}`}
        >
          <span className="visually-hidden">Total </span>
          {money.compact(stats.total)}
        </span>
        <span
          className="column-weighted"
          data-testid="column-weighted"
          data-value={cents(stats.weighted)}
          title={`Weighted ${money.format(stats.weighted)} (${Math.round(stage.probability * 100)} %)`}
        >
          <span aria-hidden="true">≈ </span>
          <span className="visually-hidden">Weighted </span>
          {money.compact(stats.weighted)}
        </span>
        {stats.unconverted > 0 && (
          <span
            className="column-unconverted"
            data-testid="column-unconverted"
            title="Their currency has no exchange rate in Settings → Currency, so they are left out of these totals."
          >
            <span aria-hidden="true">⚠ </span>
            {stats.unconverted} not in total
          </span>
        )}
      </div>
      <div className="column-sorting">
        <label className="visually-hidden" htmlFor={sortId}>
          Sort {stage.name} by
        </label>
        <select
          id={sortId}
          className="column-sort"
          value={sortKey}
          onChange={(e) => onSort(e.target.value as SortKey)}
        >
          {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
});
