import { startTransition, useEffect, useState } from 'react';
import type * as InsightsChunk from '../features/insights/InsightsView';
import { prefetchInsights } from '../features/insights/dashboardAsk';
import { preloadWhenIdle } from './idlePreload';
import { ViewShown } from '../ui/viewShown';
import { ViewBoundary } from './ViewBoundary';

// Insights' chunk (Recharts) is the largest: it loads once start-up is done and the page is idle.
let loaded: typeof InsightsChunk | null = null;
const loadInsights = () => import('../features/insights/InsightsView').then((chunk) => (loaded = chunk));

/**
 * The Insights view, drawn ahead of the visit (see "Insights drawn ahead" in ARCHITECTURE.md):
 * once start-up is done and the page is idle, its chunk is loaded, its dashboard asked and kept
 * (state/keptAnswers.ts), and the view mounted, hidden, in a transition. It stays mounted, drawn
 * and live: while not on screen (`ViewShown`) a change it reads marks it out of date at once,
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
      await loadInsights();
      await prefetchInsights();
      startTransition(() => setKept(true));
    });
  }, [kept, shown]);
  if (!kept) return null;
  return (
    <div className="kept-view" hidden={!shown}>
      <ViewBoundary name="the insights" resetKey={shown}>
        <ViewShown.Provider value={shown}>
          <LoadedInsights />
        </ViewShown.Provider>
      </ViewBoundary>
    </div>
  );
}

/**
 * The view once its chunk is in ("Loading…" until then). Not `lazy` and `Suspense`: React holds
 * the reveal of a suspended view until 300 ms after its fallback was shown (its throttling of
 * Suspense retries), which a visit before the view was drawn ahead waited for on top of the
 * chunk's load. Such a visit also asks the dashboard beside that load, not after it.
 */
function LoadedInsights() {
  const [chunk, setChunk] = useState(loaded);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (chunk) return;
    let alive = true;
    prefetchInsights().catch(() => undefined); // the view asks again if this fails
    loadInsights().then(
      (loadedChunk) => alive && setChunk(loadedChunk),
      (error: unknown) => alive && setFailed({ error }),
    );
    return () => {
      alive = false;
    };
  }, [chunk]);
  if (failed) throw failed.error; // to the view's boundary, which tries again on a return
  if (!chunk) return <p aria-busy="true">Loading…</p>;
  return <chunk.InsightsView />;
}
