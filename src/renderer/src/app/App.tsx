import { BoardView } from '../features/board/BoardView';
import { useNavigation, type View } from '../state/navigation';
import { Toasts } from './Toasts';

const NAV: { view: View; label: string }[] = [
  { view: 'board', label: 'Pipeline' },
  { view: 'followups', label: 'Follow-ups' },
  { view: 'insights', label: 'Insights' },
  { view: 'settings', label: 'Settings' },
];

export function App() {
  const view = useNavigation((s) => s.view);
  const go = useNavigation((s) => s.go);
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
            </button>
          ))}
        </nav>
      </header>
      <main className="app-main">{view === 'board' ? <BoardView /> : <p className="placeholder">Coming soon.</p>}</main>
      <Toasts />
    </div>
  );
}
