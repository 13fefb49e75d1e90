import { useMemo, useState } from 'react';
import { useLiveQuery } from '../../state/liveQuery';
import { toDateInput } from '../../ui/dates';
import { useMoney } from '../../ui/money';
import { useNow } from '../../ui/useNow';
import { useViewShown } from '../../ui/viewShown';
import { FigureDeals } from './FigureDeals';
import { figureViews, type FigureId, type FigureView } from './figures';
import './myNumbers.css';

/**
 * How long edits must pause before My numbers asks again. At 10,000 deals / 100,000 activities
 * the store takes 0.5–1.7 s to answer `insights.numbers` on the 2-core machine, and the store
 * worker answers one call at a time: asked 300 ms after each move, it held up the next drop's
 * save (214–923 ms) and the dashboard a visit to Insights asks (160–260 ms). Asked once the rep
 * pauses, a run of moves costs one such read, after it.
 */
export const NUMBERS_SETTLE_MS = 2_000;

/**
 * The figures of the rep's numbers and the one figure whose deals are open, if any. They reload
 * once edits pause (`NUMBERS_SETTLE_MS`): the query reads the period's deals and the week's
 * touches, and must never hold up the view beside it (the board after a move). Not asked for at
 * all while `held` (the view beside it asks first: Insights draws its charts before).
 */
function useFigures(held = false, settleFirst = false) {
  // A new local day asks again: the month, quarter or week may have rolled over.
  const day = toDateInput(useNow());
  const query = useLiveQuery('insights.numbers', held ? null : { day }, {
    settleMs: NUMBERS_SETTLE_MS,
    afterStartup: true,
    keep: true,
    settleFirst,
  });
  const money = useMoney();
  const data = query.data;
  const figures = useMemo(() => (data ? figureViews(data, money) : []), [data, money]);
  const [openId, setOpenId] = useState<FigureId | null>(null);
  const open = figures.find((f) => f.id === openId) ?? null;
  return { query, data, figures, open, setOpenId };
}

function Dialog({ figure, onClose }: { figure: FigureView | null; onClose(): void }) {
  return figure ? <FigureDeals key={figure.id} figure={figure} onClose={onClose} /> : null;
}

/** Said after a figure's visible text: what activating it shows. */
function DealsHint({ figure }: { figure: FigureView }) {
  const n = figure.count;
  return (
    <span className="visually-hidden">
      {n === 1 ? ' — show its deal' : ` — show the ${n} deals behind it`}
    </span>
  );
}

/**
 * "My numbers" on Insights: each figure with its note; each opens the deals behind it. While
 * `held` (until the dashboard beside it has drawn) the numbers are not asked for; until they
 * arrive the section says so in words.
 */
export function MyNumbersPanel({ held = false }: { held?: boolean }) {
  const { query, data, figures, open, setOpenId } = useFigures(held);
  return (
    <section
      className="my-numbers"
      aria-labelledby="my-numbers-heading"
      aria-busy={!data && query.status !== 'error'}
      data-loaded={data ? 'true' : 'false'}
      data-testid="my-numbers"
    >
      <h2 id="my-numbers-heading">My numbers{data ? ` — ${data.period.label}` : ''}</h2>
      {query.status === 'error' && (
        <p role="alert" className="error">
          Could not load your numbers: {query.error}
        </p>
      )}
      {!data && query.status !== 'error' && (
        <p className="hint my-numbers-pending" data-testid="my-numbers-pending">
          Loading your won deals, weighted pipeline and this week’s touches…
        </p>
      )}
      {data && (
        <>
          <ul className="my-numbers-figures">
            {figures.map((f) => (
              <li key={f.id} className={f.good ? 'good' : undefined} data-figure={f.id}>
                <button type="button" aria-haspopup="dialog" onClick={() => setOpenId(f.id)}>
                  <span className="figure-label">{f.label}</span>
                  <span className="figure-value">{f.text}</span>
                  <DealsHint figure={f} />
                </button>
                {f.id === 'coverage' && data.coverage.ratio !== null && (
                  <CoverageMeter ratio={data.coverage.ratio} target={data.coverage.target} />
                )}
                <p className="hint">{f.note}</p>
              </li>
            ))}
          </ul>
          {data.unconverted.length > 0 && (
            <p className="notice" role="note">
              Left out of the amounts (no exchange rate):{' '}
              {data.unconverted.map((d) => `${d.title} (${d.currency})`).join(', ')}.
            </p>
          )}
          <p className="hint">
            All pipelines, in {data.currency}. Week of {data.week.firstDay}; {data.period.label} runs{' '}
            {data.period.firstDay} to {data.period.lastDay}.
          </p>
        </>
      )}
      <Dialog figure={open} onClose={() => setOpenId(null)} />
    </section>
  );
}

/** Coverage on a scale to 4×, the 3× rule of thumb marked on it. */
function CoverageMeter({ ratio, target }: { ratio: number; target: number }) {
  const max = Math.max(target + 1, ratio);
  return (
    <div className="coverage-meter" aria-hidden="true">
      <span className="coverage-fill" style={{ width: `${(Math.min(ratio, max) / max) * 100}%` }} />
      <span className="coverage-mark" style={{ left: `${(target / max) * 100}%` }} title={`${target}×`} />
    </div>
  );
}

/**
 * The board's one-line strip: the same figures, compact; each opens its deals. Its line is
 * there from the first render (the figures fill it when they arrive), so the columns never
 * shift under a card the rep is dragging. While the board is kept hidden (the rep is on another
 * view) it is not asked at all: changes made there would each ask for it behind the rep's back.
 * A return to the board after a change asks once the pause has passed too (`settleFirst`): the
 * rep's first move there is not queued behind the read.
 */
export function MyNumbersStrip() {
  const held = !useViewShown();
  const { data, figures, open, setOpenId } = useFigures(held, true);
  return (
    <section
      className="my-numbers-strip"
      aria-label="My numbers"
      data-testid="my-numbers-strip"
      data-loaded={data ? 'true' : 'false'}
    >
      <span className="strip-title">My numbers{data ? ` · ${data.period.label}` : ''}</span>
      {figures.map((f) => (
        <button
          key={f.id}
          type="button"
          data-figure={f.id}
          className={f.good ? 'good' : undefined}
          aria-haspopup="dialog"
          title={`${f.label}: ${f.text}`}
          onClick={() => setOpenId(f.id)}
        >
          {f.shortLabel} <strong>{f.short}</strong>
          <DealsHint figure={f} />
        </button>
      ))}
      <Dialog figure={open} onClose={() => setOpenId(null)} />
    </section>
  );
}
