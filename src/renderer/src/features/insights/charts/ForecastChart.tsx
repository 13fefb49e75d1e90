import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ForecastRow, StageRef } from '../../../../../shared/domains/insights/types';
import { useMoney } from '../../../ui/money';
import { seriesColor } from '../format';
import { chartStyle, grid, legendStyle, tick, tooltipStyle } from './common';

/** The committed series' key (cannot clash with a stage id, which never has a space). */
const COMMITTED = 'committed won';

/**
 * By expected close month: committed (won) value as its own bar beside the weighted open
 * pipeline, stacked by stage — a win moves value from the weighted bar to the committed one.
 * Open deals in a stage the pipeline no longer has are listed as warnings under the chart.
 */
export function ForecastChart({ rows, stages }: { rows: ForecastRow[]; stages: StageRef[] }) {
  const money = useMoney();
  const data = rows.map((m) => ({
    month: m.month,
    [COMMITTED]: m.committed,
    ...Object.fromEntries(stages.map((s) => [s.id, m.byStage[s.id] ?? 0])),
  }));
  const used = stages.filter((s) => rows.some((m) => (m.byStage[s.id] ?? 0) > 0));
  const warnings = rows.flatMap((m) => m.warnings);
  return (
    <>
      <BarChart
        accessibilityLayer={false}
        responsive
        style={chartStyle(260)}
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      >
        <CartesianGrid {...grid} vertical={false} />
        <XAxis dataKey="month" tick={tick} />
        <YAxis tickFormatter={money.compact} tick={tick} />
        <Tooltip contentStyle={tooltipStyle} formatter={(v) => money.format(Number(v))} />
        <Legend wrapperStyle={legendStyle} itemSorter={null} />
        <Bar
          dataKey={COMMITTED}
          name="Committed (won)"
          stackId="committed"
          fill={seriesColor(stages.length)}
          isAnimationActive={false}
        />
        {used.map((s) => (
          <Bar
            key={s.id}
            dataKey={s.id}
            name={`${s.name} (weighted)`}
            stackId="weighted"
            fill={seriesColor(stages.indexOf(s))}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      {warnings.length > 0 && (
        <ul className="insight-warnings" role="status" aria-label="Forecast warnings">
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </>
  );
}
