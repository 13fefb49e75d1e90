import type { CSSProperties } from 'react';

/** Stage charts lie on their side, with a little more room on the right for the last tick. */
const MARGINS = {
  horizontal: { top: 8, right: 8, bottom: 8, left: 8 },
  vertical: { top: 8, right: 16, bottom: 8, left: 8 },
};

/**
 * What every dashboard chart is drawn with: Recharts' `responsive` mode sizes it with CSS (full
 * width, a fixed height); no keyboard layer (the card's Table button is the text alternative).
 */
export const chartFrame = (height: number, layout: 'horizontal' | 'vertical' = 'horizontal') => ({
  accessibilityLayer: false,
  responsive: true,
  layout,
  style: { width: '100%', height } satisfies CSSProperties,
  margin: MARGINS[layout],
});

export const tick = { fill: 'var(--muted)', fontSize: 11 };
export const grid = { stroke: 'var(--border)', strokeDasharray: '3 3' };
export const tooltipStyle: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};

/** Stage charts lie on their side so long stage names stay readable. */
export const STAGE_AXIS_WIDTH = 150;
export const stageChartHeight = (stages: number, barsPerStage = 1) =>
  Math.max(200, 60 + stages * (14 + 12 * barsPerStage));
