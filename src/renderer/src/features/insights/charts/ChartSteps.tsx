import { createContext, useContext, type ReactNode } from 'react';

/**
 * A chart drawn ahead of a visit comes in steps, one per idle moment (InsightsView's
 * `drawnSteps`): first the chart and its bars, then its grid and bottom (or top) axis, then its
 * side axis. Recharts mounts a chart in one synchronous task (its parts register in the chart's
 * store, and the store's change renders the whole chart again at once, measuring each tick's
 * text), 30–150 ms of CPU at 100,000 deals; a step is part of that. On screen every chart is
 * drawn whole.
 */
export const CHART_STEPS = 3;

/** How many of its steps this chart has drawn (ChartCard sets it; whole unless drawn ahead). */
export const ChartStepsDrawn = createContext(CHART_STEPS);

/** Parts of a chart (Recharts axes, grid) drawn from the chart's step `from` on. */
export function ChartStep({ from, children }: { from: number; children: ReactNode }) {
  return useContext(ChartStepsDrawn) >= from ? children : null;
}
