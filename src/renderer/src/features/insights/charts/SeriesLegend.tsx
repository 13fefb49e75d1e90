/** One series of a chart: its name and the colour of its bars. */
export interface Series {
  name: string;
  color: string;
}

/**
 * The series' names and colours under a chart, as plain HTML. Recharts' own Legend measures its
 * box after each draw and has the chart laid out again around it (and registers in the chart's
 * store as each bar does); this one is laid out once, with the rest of the card.
 */
export function SeriesLegend({ series }: { series: readonly Series[] }) {
  return (
    <ul className="insight-legend">
      {series.map((s) => (
        <li key={s.name}>
          <span className="insight-legend-swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
