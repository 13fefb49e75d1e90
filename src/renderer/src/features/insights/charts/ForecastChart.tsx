import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ForecastRow, StageRef } from '../../../../../shared/insights/types';
import { formatMoney, formatMoneyTick, seriesColor } from '../format';
import { chartStyle, grid, legendStyle, tick, tooltipStyle } from './common';

/** Weighted value by expected close month, one stacked segment per stage. */
export function ForecastChart({ rows, stages }: { rows: ForecastRow[]; stages: StageRef[] }) {
  const data = rows.map((m) => ({
    month: m.month,
    ...Object.fromEntries(stages.map((s) => [s.id, m.byStage[s.id] ?? 0])),
  }));
  const used = stages.filter((s) => rows.some((m) => (m.byStage[s.id] ?? 0) > 0));
  return (
    <BarChart
      responsive
      style={chartStyle(260)}
      data={data}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
    >
      <CartesianGrid {...grid} vertical={false} />
      <XAxis dataKey="month" tick={tick} />
      <YAxis tickFormatter={formatMoneyTick} tick={tick} />
      <Tooltip contentStyle={tooltipStyle} formatter={(v) => formatMoney(Number(v))} />
      <Legend wrapperStyle={legendStyle} itemSorter={null} />
      {used.map((s) => (
        <Bar
          key={s.id}
          dataKey={s.id}
          name={s.name}
          stackId="forecast"
          fill={seriesColor(stages.indexOf(s))}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
