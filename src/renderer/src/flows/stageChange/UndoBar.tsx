import { useDealFlow } from '../../state/dealFlow';
import { undoLastMove } from './moveFlow';

/** The last stage move, with Undo (also Ctrl/Cmd+Z) until the rep dismisses it or moves again. */
export function UndoBar() {
  const lastMove = useDealFlow((s) => s.lastMove);
  const setLastMove = useDealFlow((s) => s.setLastMove);
  if (!lastMove) return null;
  return (
    <section className="undo-bar" aria-label="Last move">
      <span>
        {lastMove.title}: {lastMove.message}
      </span>
      <button type="button" onClick={() => void undoLastMove()}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss the last move" onClick={() => setLastMove(null)}>
        ×
      </button>
    </section>
  );
}
