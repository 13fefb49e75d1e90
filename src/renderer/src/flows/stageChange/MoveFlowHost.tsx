import { useEffect, useState } from 'react';
import { CloseDealDialog } from '../closeDeal/CloseDealDialog';
import { ExitDialog } from '../closeDeal/ExitDialog';
import { useDealFlow } from '../../state/dealFlow';
import { onAnnounce } from '../../ui/announce';
import { BlockedDialog } from './BlockedDialog';
import { FollowUpPrompt } from './FollowUpPrompt';
import { undoLastMove } from './moveFlow';
import { ReasonDialog } from './ReasonDialog';

/** Dialogs and prompts of stage changes, shared by the board and the workspace. */
export function MoveFlowHost() {
  const dialog = useDealFlow((s) => s.dialog);
  const lastMove = useDealFlow((s) => s.lastMove);
  const setLastMove = useDealFlow((s) => s.setLastMove);
  const [message, setMessage] = useState('');
  useEffect(() => onAnnounce(setMessage), []);
  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {message}
      </div>
      {dialog?.kind === 'blocked' && <BlockedDialog key={dialog.dealId} dialog={dialog} />}
      {dialog?.kind === 'reason' && <ReasonDialog key={dialog.dealId} dialog={dialog} />}
      {dialog?.kind === 'close' && <CloseDealDialog key={dialog.dealId} dialog={dialog} />}
      {dialog?.kind === 'exit' && <ExitDialog key={dialog.dealId} dialog={dialog} />}
      <div className="flow-bar">
        {lastMove && (
          <section className="undo-bar" aria-label="Last move">
            <span>
              {lastMove.title}: {lastMove.message}
            </span>
            <button type="button" onClick={() => void undoLastMove()}>
              Undo
            </button>
            <button type="button" aria-label="Dismiss" onClick={() => setLastMove(null)}>
              ×
            </button>
          </section>
        )}
        <FollowUpPrompt />
      </div>
    </>
  );
}
