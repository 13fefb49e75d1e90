import { errorText } from '../../../../shared/errorText';
import { memo, useId, useState, type ReactNode } from 'react';
import type { ChartId, DataTable } from '../../../../shared/domains/insights/tables';
import { exportChartCsv } from './actions';
import { DataTableView } from './DataTableView';
import { ChartPointedAt } from './charts/HoverTooltip';

interface Props {
  id: ChartId;
  title: string;
  /** Which period / timestamp the chart uses, in a rep's words. */
  note: string;
  table: DataTable;
  /** Shown over the chart when there is nothing to draw. */
  empty?: string | null;
  /** Time of the data, for the export's file name (read when exporting). */
  at(): number;
  children: ReactNode;
}

/**
 * One dashboard chart: its title, a Table toggle (an accessible table of the same data),
 * Export CSV, and the chart. Memoized: the dashboard passes the same props until this chart's
 * figures change, so a re-render of the view around it (the period, My numbers, "ready", a new
 * answer that changed other charts) never draws the chart again.
 */
export const ChartCard = memo(function ChartCard({ id, title, note, table, empty, at, children }: Props) {
  const titleId = useId();
  const [showTable, setShowTable] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // The chart's tooltip is mounted when the pointer first enters it (charts/HoverTooltip.tsx).
  const [pointedAt, setPointedAt] = useState(false);

  async function exportCsv() {
    setExportError(null);
    try {
      await exportChartCsv(title, table, at());
    } catch (error) {
      setExportError(`Could not export: ${errorText(error)}`);
    }
  }

  return (
    <section className="insight-card" aria-labelledby={titleId} data-chart={id}>
      <header className="insight-card-header">
        <h2 id={titleId}>{title}</h2>
        <div className="insight-actions">
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            Table<span className="insight-sr"> of {title}</span>
          </button>
          <button type="button" onClick={() => void exportCsv()}>
            Export CSV<span className="insight-sr"> of {title}</span>
          </button>
        </div>
      </header>
      <p className="insight-note">{note}</p>
      {exportError && (
        <p role="alert" className="error">
          {exportError}
        </p>
      )}
      <div className="insight-body">
        {showTable ? (
          <DataTableView caption={title} table={table} />
        ) : (
          // A named figure; its data table (the Table button) is the text alternative.
          <figure
            className="insight-chart"
            aria-label={title}
            aria-describedby={`${titleId}-alt`}
            onPointerEnter={() => setPointedAt(true)}
          >
            <ChartPointedAt value={pointedAt}>{children}</ChartPointedAt>
            {empty && <p className="insight-empty">{empty}</p>}
            <figcaption id={`${titleId}-alt`} className="insight-sr">
              Chart. The Table button above shows the same figures as a table.
            </figcaption>
          </figure>
        )}
      </div>
    </section>
  );
});
