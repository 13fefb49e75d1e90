import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { SourceRow } from '../../../../../shared/domains/insights/types';
import { seriesColor } from '../format';
import { chartStyle, grid, legendStyle, tick, tooltipStyle } from './common';

/** Per lead source: leads created, those that reached SQL, those won. */
export function SourcesChart({ rows }: { rows: SourceRow[] }) {
  return (
    <BarChart
      accessibilityLayer={false}
      responsive
      layout="vertical"
      style={chartStyle(320)}
      data={rows}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid {...grid} horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={tick} />
      <YAxis type="category" dataKey="label" width={170} tick={tick} interval={0} />
      <Tooltip contentStyle={tooltipStyle} />
      <Legend wrapperStyle={legendStyle} itemSorter={null} />
      <Bar dataKey="leads" name="Leads" fill={seriesColor(0)} isAnimationActive={false} />
      <Bar dataKey="reachedSql" name="Reached SQL" fill={seriesColor(4)} isAnimationActive={false} />
      <Bar dataKey="won" name="Won" fill={seriesColor(5)} isAnimationActive={false} />
    </BarChart>
  );
}
