import { create } from 'zustand';

export type View = 'board' | 'followups' | 'insights' | 'settings' | 'data';

interface NavigationState {
  view: View;
  /** The deal open in the workspace, if any. */
  dealId: string | null;
  pipelineId: string | null;
  go(view: View): void;
  openDeal(dealId: string | null): void;
  choosePipeline(pipelineId: string): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  view: 'board',
  dealId: null,
  pipelineId: null,
  go: (view) => set({ view }),
  openDeal: (dealId) => set({ dealId }),
  choosePipeline: (pipelineId) => set({ pipelineId }),
}));
