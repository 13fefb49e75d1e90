import { create } from 'zustand';
import type { LeadSource } from '../../../shared/model';

/** How a column is sorted (urgency when unset). */
export type SortKey = 'urgency' | 'value' | 'score' | 'age';

export interface BoardFilters {
  text: string;
  source: LeadSource | '';
  scoreMin: number;
  scoreMax: number;
  staleOnly: boolean;
  noNextStep: boolean;
}

export const NO_FILTERS: BoardFilters = {
  text: '',
  source: '',
  scoreMin: 0,
  scoreMax: 100,
  staleOnly: false,
  noNextStep: false,
};

/** What the rep has chosen to see on the board: filters, sorts, and a card to bring into view. */
interface BoardFiltersState {
  filters: BoardFilters;
  /** Sort order per column (stage id); urgency when unset. */
  sorts: Record<string, SortKey>;
  /** A deal to scroll to and focus (e.g. one just added). */
  highlight: string | null;
  setHighlight(dealId: string | null): void;
  setFilters(patch: Partial<BoardFilters>): void;
  clearFilters(): void;
  setSort(stageId: string, key: SortKey): void;
}

export const useBoardFilters = create<BoardFiltersState>((set) => ({
  filters: NO_FILTERS,
  sorts: {},
  highlight: null,
  setHighlight: (highlight) => set({ highlight }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setSort: (stageId, key) => set((s) => ({ sorts: { ...s.sorts, [stageId]: key } })),
}));
