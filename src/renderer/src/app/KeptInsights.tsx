import { Activity, lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { contract } from '../../../shared/rpc/contract';
import { platform } from '../state/session';
import { preloadWhenIdle } from './idlePreload';
import { ViewBoundary } from './ViewBoundary';

// Insights' chunk (Recharts) is the largest: it loads once start-up is done and the page is idle.
const loadInsights = () => import('../features/insights/InsightsView');
const InsightsView = lazy(() => loadInsights().then((m) => ({ default: m.InsightsView })));

const DASHBOARD_READS: ReadonlySet<string> = new Set(contract['insights.dashboard'].reads);

/**
 * The Insights view, drawn ahead of the visit (see "Insights drawn ahead" in ARCHITECTURE.md):
 * once start-up is done and the page is idle, its chunk is loaded, its dashboard asked and kept
 * (state/keptAnswers.ts), and the view mounted hidden in an `<Activity>`, which renders it in idle
 * time and mounts its effects only when shown. It stays mounted after a visit. A change the
 * dashboard reads, while hidden, unmounts it (it would show out-of-date charts first) and it is
 * drawn ahead again once the page is idle. `hidden` keeps it out of focus, the accessibility
 * tree and the focus rescue's reach. Its own component: mounting it re-renders nothing else.
 */
export function KeptInsights({ shown }: { shown: boolean }) {
  const [kept, setKept] = useState(false);
  if (shown && !kept) setKept(true);
  useEffect(() => {
    if (kept || shown) return;
    return preloadWhenIdle(async () => {
      const insights = await loadInsights();
      await insights.prefetchInsights();
      setKept(true);
    });
  }, [kept, shown]);
  useEffect(() => {
    if (!kept || shown) return;
    return platform().store.on('store.changed', (event) => {
      // Out of date: unmounted in a transition, after (never inside) the board's own update.
      if (!event.silent && event.tables.some((t) => DASHBOARD_READS.has(t)))
        startTransition(() => setKept(false));
    });
  }, [kept, shown]);
  if (!kept) return null;
  return (
    <div className="kept-view" hidden={!shown}>
      <Activity mode={shown ? 'visible' : 'hidden'}>
        <ViewBoundary name="the insights">
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>
            <InsightsView />
          </Suspense>
        </ViewBoundary>
      </Activity>
    </div>
  );
}
