import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelRow } from '../../../../../shared/domains/insights/types';
import { useMoney } from '../../../ui/money';
import { seriesColor } from '../format';
import {
  chartStyle,
  grid,
  legendStyle,
  STAGE_AXIS_WIDTH,
  stageChartHeight,
  tick,
  tooltipStyle,
} from './common';

/** Deals (bottom axis) and their value (top axis) per stage, as on the board. */
export function FunnelChart({ rows }: { rows: FunnelRow[] }) {
  const money = useMoney();
  return (
    <BarChart
      accessibilityLayer={false}
      responsive
      layout="vertical"
      style={chartStyle(stageChartHeight(rows.length, 2))}
      data={rows}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid {...grid} horizontal={false} />
      <XAxis xAxisId="count" type="number" allowDecimals={false} tick={tick} />
      <XAxis xAxisId="value" type="number" orientation="top" tickFormatter={money.compact} tick={tick} />
      <YAxis type="category" dataKey="name" width={STAGE_AXIS_WIDTH} tick={tick} interval={0} />
      <Tooltip
        contentStyle={tooltipStyle}
        formatter={(v, name) => (name === 'Value' ? money.format(Number(v)) : String(v))}
      />
      <Legend wrapperStyle={legendStyle} itemSorter={null} />
      <Bar xAxisId="count" dataKey="count" name="Deals" fill={seriesColor(0)} isAnimationActive={false} />
      <Bar xAxisId="value" dataKey="value" name="Value" fill={seriesColor(1)} isAnimationActive={false} />
    </BarChart>
  );
}
