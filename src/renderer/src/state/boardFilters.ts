import { create } from 'zustand';
import { NO_FILTERS, type BoardFilters, type SortKey } from '../features/board/filterCards';

interface BoardFiltersState {
  filters: BoardFilters;
  /** Sort order per column (stage id); urgency when unset. */
  sorts: Record<string, SortKey>;
  /** Optimistic moves in flight or awaiting the board's refresh: deal id → stage id. */
  pending: Record<string, string>;
  /** A deal to scroll to and focus (e.g. one just added). */
  highlight: string | null;
  setHighlight(dealId: string | null): void;
  setFilters(patch: Partial<BoardFilters>): void;
  clearFilters(): void;
  setSort(stageId: string, key: SortKey): void;
  setPending(dealId: string, stageId: string): void;
  clearPending(dealIds: readonly string[]): void;
}

export const useBoardFilters = create<BoardFiltersState>((set) => ({
  filters: NO_FILTERS,
  sorts: {},
  pending: {},
  highlight: null,
  setHighlight: (highlight) => set({ highlight }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setSort: (stageId, key) => set((s) => ({ sorts: { ...s.sorts, [stageId]: key } })),
  setPending: (dealId, stageId) => set((s) => ({ pending: { ...s.pending, [dealId]: stageId } })),
  clearPending: (dealIds) =>
    set((s) => {
      if (!dealIds.some((id) => id in s.pending)) return s;
      const pending = { ...s.pending };
      for (const id of dealIds) delete pending[id];
      return { pending };
    }),
}));
