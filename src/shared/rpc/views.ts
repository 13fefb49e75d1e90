import type {
  Activity,
  Company,
  Contact,
  Deal,
  DecisionRole,
  FollowUp,
  HandoffChecklist,
  Pipeline,
  StageHistoryEntry,
} from '../model';

/** What the board needs of a deal: small, so 10,000 of them cross the port quickly. */
export type BoardCard = Pick<
  Deal,
  | 'id'
  | 'title'
  | 'companyName'
  | 'value'
  | 'currency'
  | 'probability'
  | 'score'
  | 'stageId'
  | 'status'
  | 'source'
  | 'stageEnteredAt'
  | 'lastActivityAt'
  | 'nextFollowUpAt'
  | 'pausedUntil'
  | 'expectedClose'
> & {
  /** Ticked / total handoff items, when the deal has a checklist. */
  handoff: { done: number; total: number } | null;
  /** The deal's primary contact's e-mail, for search. */
  contactEmail: string;
  contactName: string;
};

export interface BoardData {
  pipeline: Pipeline;
  cards: BoardCard[];
}

export interface DealDetail {
  deal: Deal;
  company: Company | null;
  contacts: { contact: Contact; role: DecisionRole }[];
  activities: Activity[];
  history: StageHistoryEntry[];
  followUps: FollowUp[];
  handoff: HandoffChecklist | null;
}

export interface SearchHit {
  id: string;
  title: string;
  companyName: string;
  stageId: string;
  pipelineId: string;
  status: Deal['status'];
}

/** The one event the store emits: which tables a committed command changed. */
export interface ChangeEvent {
  tables: string[];
  method: string;
  /** Bookkeeping (the contract marks the command `silent`): views of the rep's data ignore it. */
  silent: boolean;
  /** Every deal the command wrote (or whose handoff checklist it wrote): their cards may differ. */
  dealIds: string[];
}
