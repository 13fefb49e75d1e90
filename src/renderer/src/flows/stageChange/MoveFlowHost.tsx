import { useEffect, useState } from 'react';
import { CloseDealDialog } from '../closeDeal/CloseDealDialog';
import { ExitDialog } from '../closeDeal/ExitDialog';
import { useDealFlow } from '../../state/dealFlow';
import { onAnnounce } from '../../ui/announce';
import { BlockedDialog } from './BlockedDialog';
import { ReasonDialog } from './ReasonDialog';

/** Dialogs of stage changes, shared by the board and the workspace (their prompts live in the tray). */
export function MoveFlowHost() {
  const dialog = useDealFlow((s) => s.dialog);
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
    </>
  );
}
