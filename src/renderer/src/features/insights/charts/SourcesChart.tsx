import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { HoverTooltip } from './HoverTooltip';
import type { SourceRow } from '../../../../../shared/domains/insights/types';
import { seriesColor } from '../format';
import { chartFrame, grid, tick, tooltipStyle } from './common';
import { SeriesLegend } from './SeriesLegend';

const SERIES = [
  { key: 'leads', name: 'Leads', color: seriesColor(0) },
  { key: 'reachedSql', name: 'Reached SQL', color: seriesColor(4) },
  { key: 'won', name: 'Won', color: seriesColor(5) },
] as const;

/** Per lead source: leads created, those that reached SQL, those won. */
export function SourcesChart({ rows }: { rows: SourceRow[] }) {
  return (
    <>
      <BarChart {...chartFrame(320, 'vertical')} data={rows}>
        <CartesianGrid {...grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={tick} />
        <YAxis type="category" dataKey="label" width={170} tick={tick} interval={0} />
        <HoverTooltip contentStyle={tooltipStyle} />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
      <SeriesLegend series={SERIES} />
    </>
  );
}
