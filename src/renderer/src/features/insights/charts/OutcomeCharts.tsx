import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { HoverTooltip } from './HoverTooltip';
import type { Outcomes, ReasonRow } from '../../../../../shared/domains/insights/types';
import { formatPercent } from '../format';
import { chartFrame, grid, tick, tooltipStyle } from './common';

const OUTCOME_COLORS = ['var(--ok)', 'var(--danger)', 'var(--muted)'];

/** Won, lost and disqualified deals of the period, with the win rate above. */
export function WinRateChart({ outcomes }: { outcomes: Outcomes }) {
  const data = [
    { name: 'Won', deals: outcomes.won },
    { name: 'Lost', deals: outcomes.lost },
    { name: 'Disqualified', deals: outcomes.disqualified },
  ];
  return (
    <>
      <p className="insight-figure">
        Win rate <strong data-testid="win-rate">{formatPercent(outcomes.winRate)}</strong>
      </p>
      <BarChart {...chartFrame(200)} data={data}>
        <CartesianGrid {...grid} vertical={false} />
        <XAxis dataKey="name" tick={tick} />
        <YAxis allowDecimals={false} tick={tick} />
        <HoverTooltip contentStyle={tooltipStyle} />
        <Bar dataKey="deals" name="Deals" isAnimationActive={false}>
          {data.map((d, i) => (
            <Cell key={d.name} fill={OUTCOME_COLORS[i]} />
          ))}
        </Bar>
      </BarChart>
    </>
  );
}

/** Closed deals per reason (lost in red, won in green), most frequent first. */
export function ReasonsChart({ rows, color }: { rows: ReasonRow[]; color: string }) {
  const height = Math.max(160, 40 + rows.length * 28);
  return (
    <BarChart {...chartFrame(height, 'vertical')} data={rows}>
      <CartesianGrid {...grid} horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={tick} />
      <YAxis type="category" dataKey="reason" width={140} tick={tick} />
      <HoverTooltip contentStyle={tooltipStyle} />
      <Bar dataKey="count" name="Deals" fill={color} isAnimationActive={false} />
    </BarChart>
  );
}
