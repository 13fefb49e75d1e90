import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ActivityWeekRow } from '../../../../../shared/domains/insights/types';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '../../../../../shared/model';
import { seriesColor } from '../format';
import { chartStyle, grid, legendStyle, tick, tooltipStyle } from './common';

/** Activities logged per ISO week, stacked by type; the legend names each type. */
export function ActivityChart({ rows }: { rows: ActivityWeekRow[] }) {
  const data = rows.map((w) => ({ week: w.week, ...w.byType }));
  return (
    <BarChart
      accessibilityLayer={false}
      responsive
      style={chartStyle(260)}
      data={data}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
    >
      <CartesianGrid {...grid} vertical={false} />
      <XAxis dataKey="week" tick={tick} minTickGap={16} />
      <YAxis allowDecimals={false} tick={tick} />
      <Tooltip contentStyle={tooltipStyle} />
      <Legend wrapperStyle={legendStyle} itemSorter={null} />
      {ACTIVITY_TYPES.map((type, i) => (
        <Bar
          key={type}
          dataKey={type}
          name={ACTIVITY_TYPE_LABELS[type]}
          stackId="activity"
          fill={seriesColor(i)}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
