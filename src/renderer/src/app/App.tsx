import { BoardView } from '../features/board/BoardView';
import { DataView } from '../features/data/DataView';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { MoveFlowHost } from '../features/board/MoveFlowHost';
import { DealWorkspace } from '../features/deal/DealWorkspace';
import { GlobalShortcuts } from '../features/palette/GlobalShortcuts';
import { InsightsView } from '../features/insights/InsightsView';
import { SettingsView } from '../features/settings/SettingsView';
import { FollowUpsBadge } from '../features/followups/FollowUpsBadge';
import { FollowUpsView } from '../features/followups/FollowUpsView';
import { useRecoveryGate } from '../state/dataRecovery';
import { useNavigation, type View } from '../state/navigation';
import { Toasts } from './Toasts';

const NAV: { view: View; label: string }[] = [
  { view: 'board', label: 'Pipeline' },
  { view: 'followups', label: 'Follow-ups' },
  { view: 'insights', label: 'Insights' },
  { view: 'data', label: 'Data' },
  { view: 'settings', label: 'Settings' },
];

export function App() {
  const view = useNavigation((s) => s.view);
  const go = useNavigation((s) => s.go);
  const dealId = useNavigation((s) => s.dealId);
  const store = useRecoveryGate();
  if (store === 'failed') return <RecoveryScreen />;
  if (store === 'checking') return <p className="placeholder" aria-busy="true">Opening your data…</p>;
  return (
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
              onClick={() => go(item.view)}
            >
              {item.label}
              {item.view === 'followups' && <FollowUpsBadge />}
            </button>
          ))}
        </nav>
      </header>
      <main className="app-main">{view === 'board' ? <BoardView /> : view === 'settings' ? <SettingsView /> : view === 'followups' ? <FollowUpsView /> : view === 'insights' ? <InsightsView /> : view === 'data' ? <DataView /> : <p className="placeholder">Coming soon.</p>}</main>
      {dealId && <DealWorkspace key={dealId} dealId={dealId} />}
      <MoveFlowHost />
      <GlobalShortcuts />
      <Toasts />
    </div>
  );
}
