import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { MoveFlowHost } from '../flows/stageChange/MoveFlowHost';
import { DealWorkspace } from '../features/deal/DealWorkspace';
import { GlobalShortcuts } from '../features/palette/GlobalShortcuts';
import { FollowUpsBadge } from '../features/followups/FollowUpsBadge';
import { FollowUpsView } from '../features/followups/FollowUpsView';
import { showToast } from '../ui/toast';
import { useRecoveryGate, useRecoveryState } from '../state/dataRecovery';
import { startSnapshot } from '../state/boardSnapshot';
import { startupDone } from '../state/startupOrder';
import { useNavigation, type View } from '../state/navigation';
import { platform } from '../state/session';
import type { StoreStatus } from '../platform';
import { OpenDealBridge } from './OpenDealBridge';
import { StoreStatusBanner } from './StoreStatusLine';
import { MoneyProvider } from '../ui/money';
import { ViewBoundary } from './ViewBoundary';
import { KeptInsights } from './KeptInsights';
import { KeptBoard } from './KeptBoard';
import { NotificationTray } from './NotificationTray';
import { focusViewHeading, startFocusRescue } from '../ui/focusRescue';
import { announce } from '../ui/announce';

// Views the rep opens less often load on first use, so the board starts sooner; Insights is
// drawn ahead, at idle (KeptInsights.tsx), and the board is kept once opened (KeptBoard.tsx).
const DataView = lazy(() => import('../features/data/DataView').then((m) => ({ default: m.DataView })));
const PeopleView = lazy(() =>
  import('../features/people/PeopleView').then((m) => ({ default: m.PeopleView })),
);
const CompaniesView = lazy(() =>
  import('../features/people/CompaniesView').then((m) => ({ default: m.CompaniesView })),
);
const SettingsView = lazy(() =>
  import('../features/settings/SettingsView').then((m) => ({ default: m.SettingsView })),
);

/** The views mounted only while open: not the board and Insights, kept mounted once drawn. */
type OtherViewName = Exclude<View, 'insights' | 'board'>;

const VIEWS: Record<OtherViewName, ComponentType> = {
  followups: FollowUpsView,
  people: PeopleView,
  companies: CompaniesView,
  data: DataView,
  settings: SettingsView,
};

/** What each view is called in an error message. */
const VIEW_NAMES: Record<OtherViewName, string> = {
  followups: 'your follow-ups',
  people: 'your people',
  companies: 'the companies',
  data: 'the data view',
  settings: 'the settings',
};

const NAV: { view: View; label: string }[] = [
  { view: 'board', label: 'Pipeline' },
  { view: 'followups', label: 'Follow-ups' },
  { view: 'people', label: 'People' },
  { view: 'companies', label: 'Companies' },
  { view: 'insights', label: 'Insights' },
  { view: 'data', label: 'Data' },
  { view: 'settings', label: 'Settings' },
];

const subscribeStoreStatus = (listener: (status: StoreStatus) => void) => platform().onStoreStatus(listener);

/**
 * The workspace of the deal open, if any. Only this listens to which deal is open, so opening
 * one renders the workspace alone — not the shell and the board behind it — and its header is
 * drawn in the next frame.
 */
function OpenDeal() {
  const dealId = useNavigation((s) => s.dealId);
  const openDeal = useNavigation((s) => s.openDeal);
  if (!dealId) return null;
  return (
    <ViewBoundary key={dealId} name="this deal" onDismiss={() => openDeal(null)}>
      <DealWorkspace dealId={dealId} />
    </ViewBoundary>
  );
}

/** The view open, other than the board and Insights. */
function OtherView({ view }: { view: OtherViewName }) {
  const Current = VIEWS[view];
  return <Current />;
}

export function App() {
  const view = useNavigation((s) => s.view);
  const go = useNavigation((s) => s.go);
  const store = useRecoveryGate();
  const notice = useRecoveryState((s) => s.notice);
  // Read once, synchronously, before the store has answered anything.
  const [snapshot] = useState(startSnapshot);
  const noticeShown = useRecoveryState((s) => s.noticeShown);
  // The data was rebuilt from the journal at start: say so once, and keep it until read.
  useEffect(() => {
    if (store !== 'ok' || !notice) return;
    showToast({ title: 'Your data was recovered', body: notice, dealId: null, persistent: true });
    noticeShown();
  }, [store, notice, noticeShown]);
  useEffect(() => startFocusRescue(), []);
  // The board is what start-up waits for; on any other screen nothing else need wait.
  useEffect(() => {
    if (view !== 'board' || store === 'failed') startupDone();
  }, [view, store]);
  // The board and Insights are not among them: each stays mounted, hidden, once drawn.
  const other = view === 'insights' || view === 'board' ? null : view;
  if (store === 'failed') return <RecoveryScreen />;
  // While the store opens the database: the last board seen, if there is one (the board marks
  // it as not live); the rest of the shell (dialogs, shortcuts, the deal) waits for the store.
  const live = store === 'ok';
  if (!live && !snapshot)
    return (
      <p className="placeholder" aria-busy="true">
        Opening your data…
      </p>
    );
  return (
    <MoneyProvider initial={snapshot?.currency ?? null}>
      <div className="app">
        <header className="app-header">
          <span className="brand">Fieldline</span>
          <nav aria-label="Main">
            {NAV.map((item) => (
              <button
                key={item.view}
                type="button"
                className="nav-link"
                aria-current={view === item.view ? 'page' : undefined}
                onClick={() => {
                  go(item.view);
                  // The new view's heading takes focus once it is on screen, and the switch is said once.
                  requestAnimationFrame(() => focusViewHeading());
                  announce(`${item.label} view`);
                }}
              >
                {item.label}
                {item.view === 'followups' && <FollowUpsBadge />}
              </button>
            ))}
          </nav>
        </header>
        <StoreStatusBanner subscribe={subscribeStoreStatus} />
        <main className="app-main">
          <KeptBoard shown={view === 'board'} />
          {other && (
            <ViewBoundary key={other} name={VIEW_NAMES[other]}>
              <Suspense fallback={<p aria-busy="true">Loading…</p>}>
                <OtherView view={other} />
              </Suspense>
            </ViewBoundary>
          )}
          <KeptInsights shown={view === 'insights'} />
        </main>
        {live && <OpenDeal />}
        {live && (
          <>
            <ViewBoundary name="the stage change">
              <MoveFlowHost />
            </ViewBoundary>
            <GlobalShortcuts />
            <OpenDealBridge />
            <NotificationTray />
          </>
        )}
      </div>
    </MoneyProvider>
  );
}
