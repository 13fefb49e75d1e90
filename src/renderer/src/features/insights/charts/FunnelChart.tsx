import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { HoverTooltip } from './HoverTooltip';
import type { FunnelRow } from '../../../../../shared/domains/insights/types';
import { useMoney } from '../../../ui/money';
import { seriesColor } from '../format';
import { chartFrame, grid, STAGE_AXIS_WIDTH, stageChartHeight, tick, tooltipStyle } from './common';
import { SeriesLegend } from './SeriesLegend';

/** Deals on the bottom axis, their value on the top one. */
const SERIES = [
  { key: 'count', name: 'Deals', color: seriesColor(0) },
  { key: 'value', name: 'Value', color: seriesColor(1) },
] as const;

/** Deals (bottom axis) and their value (top axis) per stage, as on the board. */
export function FunnelChart({ rows }: { rows: FunnelRow[] }) {
  const money = useMoney();
  return (
    <>
      <BarChart {...chartFrame(stageChartHeight(rows.length, 2), 'vertical')} data={rows}>
        <CartesianGrid {...grid} horizontal={false} />
        <XAxis xAxisId="count" type="number" allowDecimals={false} tick={tick} />
        <XAxis xAxisId="value" type="number" orientation="top" tickFormatter={money.compact} tick={tick} />
        <YAxis type="category" dataKey="name" width={STAGE_AXIS_WIDTH} tick={tick} interval={0} />
        <HoverTooltip
          contentStyle={tooltipStyle}
          formatter={(v, name) => (name === 'Value' ? money.format(Number(v)) : String(v))}
        />
        {SERIES.map((s) => (
          <Bar
            key={s.key}
            xAxisId={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <SeriesLegend series={SERIES} />
    </>
  );
}
