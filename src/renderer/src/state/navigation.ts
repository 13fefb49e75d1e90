import { create } from 'zustand';

export type View = 'board' | 'followups' | 'people' | 'companies' | 'insights' | 'settings' | 'data';

interface NavigationState {
  view: View;
  /** The deal open in the workspace, if any. */
  dealId: string | null;
  pipelineId: string | null;
  /** The person page open in People, or the company page in Companies (null: the list). */
  personId: string | null;
  companyId: string | null;
  go(view: View): void;
  openDeal(dealId: string | null): void;
  choosePipeline(pipelineId: string): void;
  openPerson(personId: string | null): void;
  openCompany(companyId: string | null): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  view: 'board',
  dealId: null,
  pipelineId: null,
  personId: null,
  companyId: null,
  // The nav opens a view's list, never a page left open earlier.
  go: (view) => set({ view, personId: null, companyId: null }),
  openDeal: (dealId) => set({ dealId }),
  choosePipeline: (pipelineId) => set({ pipelineId }),
  openPerson: (personId) => set({ view: 'people', personId, companyId: null }),
  openCompany: (companyId) => set({ view: 'companies', companyId, personId: null }),
}));
