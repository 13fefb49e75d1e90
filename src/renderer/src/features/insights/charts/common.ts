import type { CSSProperties } from 'react';

/** Recharts' `responsive` mode sizes the chart with CSS: full width, a fixed height. */
export const chartStyle = (height = 240): CSSProperties => ({ width: '100%', height });

export const tick = { fill: 'var(--muted)', fontSize: 11 };
export const grid = { stroke: 'var(--border)', strokeDasharray: '3 3' };
export const tooltipStyle: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};
export const legendStyle: CSSProperties = { fontSize: 11, color: 'var(--text)' };

/** Stage charts lie on their side so long stage names stay readable. */
export const STAGE_AXIS_WIDTH = 150;
export const stageChartHeight = (stages: number, barsPerStage = 1) =>
  Math.max(200, 60 + stages * (14 + 12 * barsPerStage));
