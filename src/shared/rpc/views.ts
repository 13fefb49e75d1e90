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
import type { PackedCards } from '../domains/board/packedCards';

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

/** One slice of a board (`board.page`): its cards packed in columns (`domains/board/packedCards.ts`). */
export interface BoardPage {
  pipeline: Pipeline;
  cards: PackedCards;
  /** Where the rest of the range starts (pass it as `after`); null when the range is done. */
  next: string | null;
  /** The first page only (`after: null`): how many cards the whole board has. */
  total?: number;
  /** The first page, asked with `split`: the ids ending each later range (the last range is open). */
  splits?: string[];
  /**
   * The first page, asked with `split`: the store holds what it read for the ranges it cut; a
   * range asked with this token is read from that (see the contract's `board.page`).
   */
  held?: string;
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
  /**
   * Every deal whose card the command recomputed: the deals it wrote, whose handoff checklist it
   * wrote, or whose first contact it edited (`tables` then names `cards` too).
   */
  dealIds: string[];
}

/** A deal as the People and Companies pages list it. */
export type DealLine = Pick<
  Deal,
  | 'id'
  | 'title'
  | 'status'
  | 'value'
  | 'currency'
  | 'stageId'
  | 'pipelineId'
  | 'companyName'
  | 'lastActivityAt'
>;

/** A row of the People view. */
export interface PersonRow {
  id: string;
  name: string;
  email: string;
  phone: string;
  title: string;
  companyId: string | null;
  companyName: string;
  /** Every role the person holds, over all their deals. */
  roles: DecisionRole[];
  openDeals: number;
  /** The rep's last touch on any of the person's deals. */
  lastTouch: number | null;
}

/** A person's page: who they are, their deals (with their role in each) and the timeline. */
export interface PersonPage {
  person: Contact;
  company: Company | null;
  deals: { deal: DealLine; roles: DecisionRole[] }[];
  activities: Activity[];
}

/** What the command palette finds of people and companies. */
export interface DirectoryHits {
  people: { id: string; name: string; companyName: string }[];
  companies: { id: string; name: string }[];
}

/** A row of the Companies view. */
export interface CompanyRow {
  id: string;
  name: string;
  industry: string;
  people: number;
  openDeals: number;
  /** Won value in the home currency (deals in a currency without a rate are left out). */
  wonValue: number;
  lastTouch: number | null;
}

/** A company's page: its people, its open and closed deals, won value and the timeline. */
export interface CompanyPage {
  company: Company;
  people: PersonRow[];
  openDeals: DealLine[];
  closedDeals: DealLine[];
  wonValue: number;
  activities: Activity[];
}
