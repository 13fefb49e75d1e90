import { bucketFollowUp, freshLeadClock, isStale, nextStepAt, DAY_MS } from '../../../../shared/engine';
import type { Pipeline, StageDef } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';

export type NextStepState = 'overdue' | 'today' | 'scheduled' | 'none';

export const NEXT_STEP_LABELS: Record<NextStepState, string> = {
  overdue: 'Next step overdue',
  today: 'Next step due today',
  scheduled: 'Next step scheduled',
  none: 'No next step',
};

/** What the card chip shows; the full label stays available to screen readers. */
export const NEXT_STEP_SHORT: Record<NextStepState, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  scheduled: 'Scheduled',
  none: 'No next step',
};

/** The state of a deal's next step, from the due time of its earliest open follow-up. */
export function nextStepState(nextFollowUpAt: number | null, now: number): NextStepState {
  const step = nextStepAt(nextFollowUpAt);
  if (step === null) return 'none';
  const bucket = bucketFollowUp(step.dueAt, step.hasTime, now);
  if (bucket === 'overdue') return 'overdue';
  if (bucket === 'today') return 'today';
  return 'scheduled';
}

/** Everything a card shows beyond its own fields, derived once per board load and clock tick. */
export interface CardView {
  card: BoardCard;
  daysInStage: number;
  nextStep: NextStepState;
  stale: boolean;
  staleText: string;
  /** "untouched 52 min / 24 h" for fresh MQL and SAL leads. */
  freshClock: { text: string; overdue: boolean } | null;
}

export function cardView(card: BoardCard, stage: StageDef | undefined, now: number): CardView {
  const nextStep = card.status === 'open' ? nextStepState(card.nextFollowUpAt, now) : 'none';
  const base = { card, daysInStage: Math.max(0, Math.floor((now - card.stageEnteredAt) / DAY_MS)), nextStep };
  if (!stage) return { ...base, stale: false, staleText: '', freshClock: null };
  const handoffDone =
    card.handoff !== null && card.handoff.total > 0 && card.handoff.done === card.handoff.total;
  const stale = isStale({ deal: card, stage, now, nextStep: nextStepAt(card.nextFollowUpAt), handoffDone });
  const clock = freshLeadClock(card, stage, now);
  return {
    ...base,
    stale: stale.stale,
    staleText: stale.text,
    freshClock: clock ? { text: clock.text, overdue: clock.overdue } : null,
  };
}

/** Card views for a whole board. */
export function cardViews(cards: readonly BoardCard[], pipeline: Pipeline, now: number): CardView[] {
  const stages = new Map(pipeline.stages.map((s) => [s.id, s]));
  return cards.map((c) => cardView(c, stages.get(c.stageId), now));
}
