import type { Activity, Deal, DealStatus, Pipeline, Settings } from '../model';
import type { ProposedFollowUp } from './followups';
import type { Requirement } from './gates';

/** Everything the engine needs to decide a transition; nothing is read from elsewhere. */
export interface TransitionContext {
  deal: Deal;
  pipeline: Pipeline;
  settings: Settings;
  /** The deal's activities (others are ignored). */
  activities: readonly Activity[];
  /** A handoff checklist already exists for the deal. */
  hasHandoff: boolean;
  now: number;
  /**
   * The deal's lead score at `now`, when the caller has already computed it (the store does,
   * once per move). No transition changes what the score depends on, so gates reuse it.
   */
  score?: number;
}

/** The request itself is declared once, as a schema, in the model (model/transition.ts). */
export type { TransitionRequest } from '../model';

export type TransitionKind =
  'forward' | 'skip' | 'backward' | 'lost' | 'disqualified' | 'reject' | 'reopen' | 'won' | 'none';

export interface Decision {
  allowed: boolean;
  transition: TransitionKind;
  /** Every unmet requirement, in plain words, with its fix. Empty when allowed. */
  unmet: Requirement[];
  requiresReason: boolean;
  /** The configured list the reason must come from (lost / disqualify), else null. */
  reasonChoices: string[] | null;
  /** All unmet gates may be waived by an override with a reason. */
  canOverride: boolean;
  suggestion: string;
  message: string;
  /** Where the deal ends up (null when nothing would happen). */
  toStageId: string | null;
  toStatus: DealStatus;
  /** The move waives gates by override (recorded in history). */
  overridden: boolean;
  /** Entering Post-Sale without a checklist: create it from the handoff template. */
  startsHandoff: boolean;
  /** The next step to schedule after the transition, when there is one. */
  followUp: ProposedFollowUp | null;
}

/** What the engine plans to do; turned into a Decision and, if allowed, applied. */
export interface Plan {
  transition: TransitionKind;
  toStageId: string | null;
  toStatus: DealStatus;
  unmet: Requirement[];
  requiresReason: boolean;
  reasonChoices: string[] | null;
  canOverride: boolean;
  overridden: boolean;
  historyReason: string;
  patch: Partial<Deal>;
  /** Set for 'none' plans and status blocks: the whole message. */
  note?: string;
  /** Preferred suggestion when blocked (e.g. steering to Nurturing). */
  steer?: string;
}
