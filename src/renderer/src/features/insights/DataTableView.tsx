import type { DataTable } from '../../../../shared/domains/insights/tables';
import { useMoney } from '../../ui/money';
import { formatCell } from './format';

/** A chart's data as an accessible table: exact numbers (raw value in data-value). */
export function DataTableView({ caption, table }: { caption: string; table: DataTable }) {
  const money = useMoney();
  return (
    <div className="insight-table-wrap" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="insight-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={c.kind === 'text' ? undefined : 'num'}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length}>No data in this period.</td>
            </tr>
          )}
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const column = table.columns[j]!;
                if (j === 0)
                  return (
                    <th key={j} scope="row">
                      {formatCell(cell, column.kind, money)}
                    </th>
                  );
                return (
                  <td key={j} className="num" data-value={cell === null ? '' : String(cell)}>
                    {formatCell(cell, column.kind, money)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
