import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { HoverTooltip } from './HoverTooltip';
import type { ConversionRow, TimeInStageRow } from '../../../../../shared/domains/insights/types';
import { formatPercent, formatPercentTick, seriesColor } from '../format';
import { chartFrame, grid, STAGE_AXIS_WIDTH, stageChartHeight, tick, tooltipStyle } from './common';

/** Share of the deals entering each stage that moved further on (the last stage has none). */
export function ConversionChart({ rows }: { rows: ConversionRow[] }) {
  const data = rows.slice(0, -1).map((r) => ({ name: r.name, rate: r.rate ?? 0 }));
  return (
    <BarChart {...chartFrame(stageChartHeight(data.length), 'vertical')} data={data}>
      <CartesianGrid {...grid} horizontal={false} />
      <XAxis type="number" domain={[0, 1]} tickFormatter={formatPercentTick} tick={tick} />
      <YAxis type="category" dataKey="name" width={STAGE_AXIS_WIDTH} tick={tick} interval={0} />
      <HoverTooltip contentStyle={tooltipStyle} formatter={(v) => formatPercent(Number(v))} />
      <Bar dataKey="rate" name="Moved on" fill={seriesColor(2)} isAnimationActive={false} />
    </BarChart>
  );
}

/** Average days of the completed visits to each stage. */
export function TimeInStageChart({ rows }: { rows: TimeInStageRow[] }) {
  const data = rows.map((r) => ({
    name: r.name,
    days: r.averageDays === null ? 0 : Math.round(r.averageDays * 10) / 10,
  }));
  return (
    <BarChart {...chartFrame(stageChartHeight(data.length), 'vertical')} data={data}>
      <CartesianGrid {...grid} horizontal={false} />
      <XAxis type="number" tick={tick} unit=" d" />
      <YAxis type="category" dataKey="name" width={STAGE_AXIS_WIDTH} tick={tick} interval={0} />
      <HoverTooltip contentStyle={tooltipStyle} formatter={(v) => `${String(v)} days`} />
      <Bar dataKey="days" name="Average days" fill={seriesColor(3)} isAnimationActive={false} />
    </BarChart>
  );
}
