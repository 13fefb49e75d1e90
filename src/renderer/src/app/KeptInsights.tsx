import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { preloadWhenIdle } from './idlePreload';
import { ViewBoundary } from './ViewBoundary';

// Insights' chunk (Recharts) is the largest: it loads once start-up is done and the page is idle.
const loadInsights = () => import('../features/insights/InsightsView');
const InsightsView = lazy(() => loadInsights().then((m) => ({ default: m.InsightsView })));

/**
 * The Insights view, drawn ahead of the visit (see "Insights drawn ahead" in ARCHITECTURE.md):
 * once start-up is done and the page is idle, its chunk is loaded, its dashboard asked and kept
 * (state/keptAnswers.ts), and the view mounted, hidden, in a transition. It stays mounted, drawn
 * and live: while not on screen (`background`) a change it reads marks it out of date at once,
 * and the visit asks again and redraws only the charts whose figures changed (nothing is asked
 * or drawn behind the rep's moves on the board). `hidden` keeps it out of focus, the
 * accessibility tree and the focus rescue's reach; the stylesheet keeps it laid out at the width
 * it has on screen, so showing it draws no chart again. A failed view is tried again when the
 * rep leaves it and comes back (as every other view is). Its own component: mounting it
 * re-renders nothing else.
 */
export function KeptInsights({ shown }: { shown: boolean }) {
  const [kept, setKept] = useState(false);
  if (shown && !kept) setKept(true);
  useEffect(() => {
    if (kept || shown) return;
    return preloadWhenIdle(async () => {
      const insights = await loadInsights();
      await insights.prefetchInsights();
      startTransition(() => setKept(true));
    });
  }, [kept, shown]);
  if (!kept) return null;
  return (
    <div className="kept-view" hidden={!shown}>
      <ViewBoundary name="the insights" resetKey={shown}>
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          <InsightsView background={!shown} />
        </Suspense>
      </ViewBoundary>
    </div>
  );
}
