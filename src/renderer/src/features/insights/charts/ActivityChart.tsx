import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ActivityWeekRow } from '../../../../../shared/domains/insights/types';
import { seriesColor } from '../format';
import { chartStyle, grid, tick, tooltipStyle } from './common';

/** Activities logged per ISO week. */
export function ActivityChart({ rows }: { rows: ActivityWeekRow[] }) {
  return (
    <BarChart
      accessibilityLayer={false}
      responsive
      style={chartStyle(240)}
      data={rows}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
    >
      <CartesianGrid {...grid} vertical={false} />
      <XAxis dataKey="week" tick={tick} minTickGap={16} />
      <YAxis allowDecimals={false} tick={tick} />
      <Tooltip contentStyle={tooltipStyle} />
      <Bar dataKey="total" name="Activities" fill={seriesColor(6)} isAnimationActive={false} />
    </BarChart>
  );
}
