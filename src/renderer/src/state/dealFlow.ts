import { create } from 'zustand';
import type { Decision, ProposedFollowUp } from '../../../shared/engine';
import type { InputOf } from '../../../shared/rpc/contract';

export type TransitionRequest = InputOf<'deals.transition'>['request'];

/** The dialog a stage change needs right now, if any. */
export type FlowDialog =
  | { kind: 'blocked'; dealId: string; title: string; request: TransitionRequest; decision: Decision }
  | { kind: 'reason'; dealId: string; title: string; request: TransitionRequest; decision: Decision }
  | { kind: 'close'; dealId: string; title: string; outcome: 'won' | 'lost' }
  | { kind: 'exit'; dealId: string; title: string; mode: 'disqualify' | 'reject-sal' | 'reopen' };

/** Where the workspace should take the rep (a fix for an unmet requirement). */
export type WorkspaceSection = 'overview' | 'qualification' | 'timeline' | 'guidance' | 'contacts';

interface DealFlowState {
  dialog: FlowDialog | null;
  /** The last applied move, for undo. */
  lastMove: { dealId: string; historyId: string; title: string; message: string } | null;
  /** A proposed next step waiting for accept / edit / skip. */
  proposal: { dealId: string; title: string; followUp: ProposedFollowUp; why: string } | null;
  /** The workspace tab on show (a fix for a requirement switches it). */
  tab: WorkspaceSection;
  showDialog(dialog: FlowDialog | null): void;
  setLastMove(move: DealFlowState['lastMove']): void;
  propose(proposal: DealFlowState['proposal']): void;
  setTab(tab: WorkspaceSection): void;
}

export const useDealFlow = create<DealFlowState>((set) => ({
  dialog: null,
  lastMove: null,
  proposal: null,
  tab: 'overview',
  showDialog: (dialog) => set({ dialog }),
  setLastMove: (lastMove) => set({ lastMove }),
  propose: (proposal) => set({ proposal }),
  setTab: (tab) => set({ tab }),
}));
