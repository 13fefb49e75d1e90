import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { HoverTooltip } from './HoverTooltip';
import type { ActivityWeekRow } from '../../../../../shared/domains/insights/types';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '../../../../../shared/model';
import { seriesColor } from '../format';
import { chartFrame, grid, tick, tooltipStyle } from './common';
import { SeriesLegend } from './SeriesLegend';

const SERIES = ACTIVITY_TYPES.map((type, i) => ({ name: ACTIVITY_TYPE_LABELS[type], color: seriesColor(i) }));

/** Activities logged per ISO week, stacked by type; the legend names each type. */
export function ActivityChart({ rows }: { rows: ActivityWeekRow[] }) {
  const data = rows.map((w) => ({ week: w.week, ...w.byType }));
  return (
    <>
      <BarChart {...chartFrame(260)} data={data}>
        <CartesianGrid {...grid} vertical={false} />
        <XAxis dataKey="week" tick={tick} minTickGap={16} />
        <YAxis allowDecimals={false} tick={tick} />
        <HoverTooltip contentStyle={tooltipStyle} />
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
      <SeriesLegend series={SERIES} />
    </>
  );
}
