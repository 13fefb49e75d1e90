import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { HoverTooltip } from './HoverTooltip';
import type { ForecastRow, StageRef } from '../../../../../shared/domains/insights/types';
import { useMoney } from '../../../ui/money';
import { seriesColor } from '../format';
import { chartFrame, grid, tick, tooltipStyle } from './common';
import { SeriesLegend } from './SeriesLegend';

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
  const committed = { name: 'Committed (won)', color: seriesColor(stages.length) };
  const weighted = used.map((s) => ({
    id: s.id,
    name: `${s.name} (weighted)`,
    color: seriesColor(stages.indexOf(s)),
  }));
  return (
    <>
      <BarChart {...chartFrame(260)} data={data}>
        <CartesianGrid {...grid} vertical={false} />
        <XAxis dataKey="month" tick={tick} />
        <YAxis tickFormatter={money.compact} tick={tick} />
        <HoverTooltip contentStyle={tooltipStyle} formatter={(v) => money.format(Number(v))} />
        <Bar
          dataKey={COMMITTED}
          name={committed.name}
          stackId="committed"
          fill={committed.color}
          isAnimationActive={false}
        />
        {weighted.map((s) => (
          <Bar
            key={s.id}
            dataKey={s.id}
            name={s.name}
            stackId="weighted"
            fill={s.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <SeriesLegend series={[committed, ...weighted]} />
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
