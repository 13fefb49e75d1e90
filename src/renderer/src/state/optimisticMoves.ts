import { create } from 'zustand';

interface OptimisticMovesState {
  /** Moves in flight or awaiting the board's refresh: deal id → the stage it was dropped on. */
  pending: Record<string, string>;
  setPending(dealId: string, stageId: string): void;
  clearPending(dealIds: readonly string[]): void;
}

/** Where the board shows a dragged card before the store has confirmed the move. */
export const useOptimisticMoves = create<OptimisticMovesState>((set) => ({
  pending: {},
  setPending: (dealId, stageId) => set((s) => ({ pending: { ...s.pending, [dealId]: stageId } })),
  clearPending: (dealIds) =>
    set((s) => {
      if (!dealIds.some((id) => id in s.pending)) return s;
      const pending = { ...s.pending };
      for (const id of dealIds) delete pending[id];
      return { pending };
    }),
}));
