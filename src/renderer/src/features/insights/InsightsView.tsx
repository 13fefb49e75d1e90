import type { UnconvertedDeal } from '../../../../shared/model';
import { memo, startTransition, useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  PERIODS,
  PERIOD_LABELS,
  type Dashboard,
  type Period,
} from '../../../../shared/domains/insights/types';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { MyNumbersPanel } from '../../flows/myNumbers/MyNumbers';
import { ChartCard } from './ChartCard';
import { cardsFor, type Card } from './cards';
import { CHARTS } from './chartList';
import { choosePeriod, dashboardInput, lastPeriod } from './dashboardAsk';
import { whenIdle } from '../../ui/whenIdle';
import { useViewShown } from '../../ui/viewShown';
import './insights.css';

/** My numbers beside the charts: re-rendered only when its own `held` changes. */
const NumbersPanel = memo(MyNumbersPanel);

/**
 * The Insights dashboard. Every series comes ready-made from the store
 * (insights.dashboard); this view only draws. The root carries aria-busy while loading and
 * data-ready="true" once every chart has drawn the current data. "My numbers" is asked for only
 * then: the charts never wait for it, and it fills its own section when it arrives.
 */
export function InsightsView() {
  // Kept mounted but not on screen (app/KeptInsights.tsx): drawn ahead, asking nothing after a change.
  const background = !useViewShown();
  const pipelineId = useNavigation((s) => s.pipelineId);
  const [period, setPeriod] = useState<Period>(lastPeriod);
  const periodId = useId();
  // The last answer is kept while nothing it reads changes (state/keptAnswers.ts): a return to
  // Insights draws it at once, without asking the store again. Kept mounted but not on screen
  // (`background`), it asks again after a change only once it is shown.
  const query = useLiveQuery('insights.dashboard', dashboardInput(period, pipelineId), {
    keep: true,
    background,
  });
  const data = query.data;
  // Each chart's element, table and empty note are made once per answer, and a chart whose parts
  // of the answer did not change keeps them (cards.ts): the cards are memoized, so nothing but
  // new figures for that chart (or the card's own Table toggle) draws a chart again.
  const [made, setMade] = useState<{ data: Dashboard | null; cards: Card[] }>({ data: null, cards: [] });
  let cards = made.cards;
  if (made.data !== data) {
    cards = data === null ? [] : cardsFor(data, made.cards);
    setMade({ data, cards });
  }
  // Drawn ahead (`background`), the charts come in one per idle moment once the rep pauses
  // (`whenIdle`: a chart is one task of 30–150 ms, never drawn between two keystrokes or scroll
  // steps), each in its own transition. On screen, all of them at once.
  const [drawnUpTo, setDrawnUpTo] = useState(background ? 0 : CHARTS.length);
  const allDrawn = drawnUpTo >= CHARTS.length;
  if (!background && !allDrawn) setDrawnUpTo(CHARTS.length);
  useEffect(() => {
    if (allDrawn || data === null) return;
    return whenIdle(() => startTransition(() => setDrawnUpTo((n) => n + 1)));
  }, [allDrawn, drawnUpTo, data]);
  // "Ready" once every chart of this answer is in the page (Recharts draws its SVG once it has
  // measured its box); the view renders once more, then, and no chart with it.
  const grid = useRef<HTMLDivElement>(null);
  const [readyFor, setReadyFor] = useState<object | null>(null);
  useEffect(() => {
    const node = grid.current;
    if (!node || data === null) return;
    const drawn = () =>
      [...node.querySelectorAll('.insight-body')].every((body) => body.querySelector('svg, table'));
    if (drawn()) return setReadyFor(data);
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      setReadyFor(data);
    });
    observer.observe(node, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [data]);
  // The time of the answer, for the export's file name, without redrawing a card when it changes.
  const answeredAt = useRef(0);
  useEffect(() => {
    if (data) answeredAt.current = data.now;
  }, [data]);
  const at = useCallback(() => answeredAt.current, []);
  const current = data !== null && data.period === period && (!pipelineId || data.pipeline.id === pipelineId);
  const ready = current && query.status === 'ready' && readyFor === data;
  // "My numbers" asks once the charts of this visit have drawn (or the dashboard failed): its
  // read never holds up the dashboard's in the store, nor its answer the charts' drawing here.
  // Not on screen, it asks nothing: the board's strip asks the same, and a visit shows its kept
  // answer. Each visit holds it again until then: a visit after a change asked both at once,
  // and the dashboard's answer waited behind the numbers' read on the store worker.
  const [numbersAsked, setNumbersAsked] = useState(false);
  if (numbersAsked && background) setNumbersAsked(false);
  if (!numbersAsked && !background && (ready || query.status === 'error')) setNumbersAsked(true);

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
          onChange={(e) => setPeriod(choosePeriod(e.target.value as Period))}
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
        <div className="insights-grid" ref={grid}>
          {cards.map(({ chart, table, empty, drawing }, i) => (
            <ChartCard
              key={chart.id}
              id={chart.id}
              title={chart.title}
              note={chart.note}
              table={table}
              empty={empty}
              at={at}
            >
              {i < drawnUpTo ? drawing : null}
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
