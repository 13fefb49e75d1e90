import type { UnconvertedDeal } from '../../../../shared/model';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { CHART_IDS, chartTable, type ChartId } from '../../../../shared/domains/insights/tables';
import { PERIODS, PERIOD_LABELS, type Period } from '../../../../shared/domains/insights/types';
import { askAndKeep, useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { MyNumbersPanel } from '../../flows/myNumbers/MyNumbers';
import { ChartCard } from './ChartCard';
import { CHARTS } from './chartList';
import './insights.css';

/** My numbers beside the charts: re-rendered only when its own `held` changes. */
const NumbersPanel = memo(MyNumbersPanel);

/** What the dashboard asks the store for: the period, and the pipeline chosen on the board (if any). */
const dashboardInput = (period: Period, pipelineId: string | null) => ({
  period,
  ...(pipelineId ? { pipelineId } : {}),
});

/** The period last chosen: a view drawn again ahead of a visit (app/KeptInsights.tsx) keeps it. */
let lastPeriod: Period = '90d';

/** Ask for the next visit's dashboard ahead of it, so that the view mounted hidden draws it. */
export const prefetchInsights = () =>
  askAndKeep('insights.dashboard', dashboardInput(lastPeriod, useNavigation.getState().pipelineId));

/**
 * The Insights dashboard. Every series comes ready-made from the store
 * (insights.dashboard); this view only draws. The root carries aria-busy while loading and
 * data-ready="true" once every chart has drawn the current data. "My numbers" is asked for only
 * then: the charts never wait for it, and it fills its own section when it arrives.
 */
export function InsightsView() {
  const pipelineId = useNavigation((s) => s.pipelineId);
  const [period, setPeriod] = useState<Period>(() => lastPeriod);
  const periodId = useId();
  // The last answer is kept while nothing it reads changes (state/keptAnswers.ts): a return to
  // Insights draws it at once, without asking the store again.
  const query = useLiveQuery('insights.dashboard', dashboardInput(period, pipelineId), { keep: true });
  // Which charts have drawn which data, kept out of React state: a chart reporting "drawn"
  // re-renders nothing; the view renders once more, when the last one has (`readyFor`).
  const drawn = useRef<{ key: object | null; ids: Set<ChartId> }>({ key: null, ids: new Set() });
  const [readyFor, setReadyFor] = useState<object | null>(null);
  const onRendered = useCallback((id: ChartId, key: object) => {
    if (drawn.current.key !== key) drawn.current = { key, ids: new Set() };
    drawn.current.ids.add(id);
    if (drawn.current.ids.size === CHART_IDS.length) setReadyFor(key);
  }, []);
  const data = query.data;
  // Each chart's element, table and empty note are made once per answer: the cards are memoized,
  // so nothing but new data (or the card's own Table toggle) draws a chart again.
  const cards = useMemo(
    () =>
      data === null
        ? []
        : CHARTS.map((chart) => ({
            chart,
            table: chartTable(data, chart.id),
            empty: chart.empty(data),
            drawing: chart.render(data),
          })),
    [data],
  );
  const current = data !== null && data.period === period && (!pipelineId || data.pipeline.id === pipelineId);
  const ready = current && query.status === 'ready' && readyFor === data;
  // "My numbers" asks once the charts have drawn (or the dashboard failed): its read never
  // holds up the dashboard's in the store, nor its answer the charts' drawing here.
  const [numbersAsked, setNumbersAsked] = useState(false);
  if (!numbersAsked && (ready || query.status === 'error')) setNumbersAsked(true);

  return (
    <section
      className="insights"
      aria-label="Insights"
      aria-busy={!ready}
      data-ready={ready ? 'true' : 'false'}
    >
      <div className="insights-toolbar">
        <h1>Insights{data ? ` — ${data.pipeline.name}` : ''}</h1>
        <label htmlFor={periodId}>Period</label>
        <select
          id={periodId}
          value={period}
          onChange={(e) => setPeriod((lastPeriod = e.target.value as Period))}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      {query.status === 'error' && (
        <p role="alert" className="error">
          Could not load the insights: {query.error}
        </p>
      )}
      <NumbersPanel held={!numbersAsked} />
      {!data && query.status !== 'error' && <p>Loading the insights…</p>}
      {data && data.unconverted.length > 0 && <UnconvertedNotice deals={data.unconverted} />}
      {data && (
        <div className="insights-grid">
          {cards.map(({ chart, table, empty, drawing }) => (
            <ChartCard
              key={chart.id}
              id={chart.id}
              title={chart.title}
              note={chart.note}
              table={table}
              dataKey={data}
              empty={empty}
              at={data.now}
              onRendered={onRendered}
            >
              {drawing}
            </ChartCard>
          ))}
        </div>
      )}
    </section>
  );
}

/** Deals whose currency has no rate: named, so the rep knows what the amounts leave out. */
function UnconvertedNotice({ deals }: { deals: readonly UnconvertedDeal[] }) {
  const codes = [...new Set(deals.map((d) => d.currency))].sort().join(', ');
  const shown = deals.slice(0, 5).map((d) => `${d.title} (${d.currency})`);
  const more = deals.length > shown.length ? `, and ${deals.length - shown.length} more` : '';
  return (
    <p className="notice" role="note" data-testid="unconverted-notice">
      {deals.length === 1 ? '1 deal is' : `${deals.length} deals are`} left out of every amount below: there
      is no exchange rate for {codes} in Settings → Currency. {shown.join(', ')}
      {more}.
    </p>
  );
}
