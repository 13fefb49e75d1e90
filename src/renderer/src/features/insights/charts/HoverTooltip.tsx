import { createContext, useContext, type ComponentProps } from 'react';
import { Tooltip } from 'recharts';

/** Whether the rep has pointed at this chart yet (ChartCard sets it): its tooltip exists from then on. */
export const ChartPointedAt = createContext(false);

/**
 * A chart's Recharts Tooltip, mounted once the pointer first enters the chart's card. A Tooltip
 * registers in its chart's store and subscribes to it, a good part of what drawing a chart
 * costs, while most charts of a visit are never pointed at; the pointer entering the card comes
 * before any move over the plot, so every hover still shows the tooltip. (The charts have no
 * keyboard tooltip: `accessibilityLayer` is off, the Table button is their text alternative.)
 */
export function HoverTooltip(props: ComponentProps<typeof Tooltip>) {
  return useContext(ChartPointedAt) ? <Tooltip {...props} /> : null;
}
