import { errorText } from '../../../../shared/errorText';
import type { Decision } from '../../../../shared/engine';
import type { FixAction } from '../../../../shared/engine';
import { RpcError } from '../../../../shared/rpc/rpcError';
import { showToast } from '../../ui/toast';
import { useOptimisticMoves } from '../../state/optimisticMoves';
import { useDealFlow, type TransitionRequest, type WorkspaceSection } from '../../state/dealFlow';
import { useNavigation } from '../../state/navigation';
import { transitionDeal, undoTransition } from './actions';
import { announce } from '../../ui/announce';

/**
 * Ask the store to apply a transition. Blocked: the rep sees why (or is asked for a reason)
 * and nothing changes. Applied: undo is offered, and the engine's next step is proposed.
 */
export async function requestTransition(
  dealId: string,
  title: string,
  request: TransitionRequest,
): Promise<boolean> {
  const flow = useDealFlow.getState();
  try {
    const result = await transitionDeal({ dealId, request });
    flow.showDialog(null);
    flow.setLastMove({ dealId, historyId: result.historyId, title, message: result.decision.message });
    announce(`${title}: ${result.decision.message}`);
    if (result.proposedFollowUp) {
      flow.propose({ dealId, title, followUp: result.proposedFollowUp, why: result.decision.suggestion });
    }
    return true;
  } catch (error) {
    if (error instanceof RpcError && error.code === 'blocked') {
      const decision = error.details as Decision;
      const onlyReason = decision.unmet.length > 0 && decision.unmet.every((r) => r.gate === 'reason');
      flow.showDialog({ kind: onlyReason ? 'reason' : 'blocked', dealId, title, request, decision });
      announce(`${title} did not move. ${decision.message}`);
    } else {
      showToast({ title: 'Not saved', body: errorText(error), dealId });
    }
    return false;
  }
}

/** A drop on the board: Closed Deal asks for the outcome; other stages move optimistically. */
export async function dropOnStage(
  dealId: string,
  title: string,
  toStageId: string,
  toKind: string,
): Promise<void> {
  if (toKind === 'closed') {
    useDealFlow.getState().showDialog({ kind: 'close', dealId, title, outcome: 'won' });
    return;
  }
  const moves = useOptimisticMoves.getState();
  moves.setPending(dealId, toStageId);
  const ok = await requestTransition(dealId, title, { kind: 'move', toStageId });
  if (!ok) moves.clearPending([dealId]);
}

export async function undoLastMove(): Promise<void> {
  const flow = useDealFlow.getState();
  const move = flow.lastMove;
  if (!move) return;
  try {
    await undoTransition(move.dealId, move.historyId);
    flow.setLastMove(null);
    flow.propose(null);
    announce(`${move.title}: move undone.`);
  } catch (error) {
    flow.setLastMove(null);
    showToast({ title: 'Could not undo', body: errorText(error), dealId: move.dealId });
  }
}

const FIX_SECTION: Partial<Record<FixAction, WorkspaceSection>> = {
  'edit-bant': 'qualification',
  'edit-champ': 'qualification',
  'set-specialist': 'qualification',
  'answer-mql': 'qualification',
  'accept-sal': 'qualification',
  'validate-data': 'qualification',
  'log-signal': 'timeline',
  'set-value': 'overview',
  'set-close-date': 'overview',
  'create-handoff': 'overview',
};

/** Follow a requirement's fix: open the right editor, or the right dialog. */
export function followFix(dealId: string, title: string, action: FixAction): void {
  const flow = useDealFlow.getState();
  if (action === 'record-outcome') return flow.showDialog({ kind: 'close', dealId, title, outcome: 'won' });
  if (action === 'reopen') return flow.showDialog({ kind: 'exit', dealId, title, mode: 'reopen' });
  flow.showDialog(null);
  flow.setTab(FIX_SECTION[action] ?? 'overview');
  useNavigation.getState().openDeal(dealId);
}
