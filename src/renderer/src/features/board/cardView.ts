import { bucketFollowUp, freshLeadClock, isStale, nextStepAt, DAY_MS } from '../../../../shared/engine';
import type { Pipeline, StageDef } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';
import { CardStrings } from '../../state/cardStrings';

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
  const daysInStage = Math.max(0, Math.floor((now - card.stageEnteredAt) / DAY_MS));
  // Each view is made by one literal with every field, so it holds them all in the object
  // itself (no separate property store per view: 100,000 of them on a large board).
  if (!stage) return { card, daysInStage, nextStep, stale: false, staleText: '', freshClock: null };
  const handoffDone =
    card.handoff !== null && card.handoff.total > 0 && card.handoff.done === card.handoff.total;
  const stale = isStale({ deal: card, stage, now, nextStep: nextStepAt(card.nextFollowUpAt), handoffDone });
  const clock = freshLeadClock(card, stage, now);
  return {
    card,
    daysInStage,
    nextStep,
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

/** The same derived state (a card's view a minute later usually is). */
function sameDerived(a: CardView, b: CardView): boolean {
  return (
    a.card === b.card &&
    a.daysInStage === b.daysInStage &&
    a.nextStep === b.nextStep &&
    a.stale === b.stale &&
    a.staleText === b.staleText &&
    a.freshClock?.text === b.freshClock?.text &&
    a.freshClock?.overdue === b.freshClock?.overdue
  );
}

/** The views for one pipeline and clock reading, derived per card object as they are asked for. */
class ViewGeneration {
  private readonly stages: Map<string, StageDef>;
  readonly views = new WeakMap<BoardCard, CardView>();
  /** "3 days ago", "24 h"…: one copy of each text for all the views of this generation. */
  private readonly texts = new CardStrings();

  constructor(
    readonly pipeline: Pipeline,
    readonly now: number,
    /** The views of the generation before: a view that shows the same keeps its identity. */
    private readonly earlier: WeakMap<BoardCard, CardView>,
  ) {
    this.stages = new Map(pipeline.stages.map((s) => [s.id, s]));
  }

  viewOf(card: BoardCard): CardView {
    const known = this.views.get(card);
    if (known) return known;
    const fresh = cardView(card, this.stages.get(card.stageId), this.now);
    fresh.staleText = this.texts.share(fresh.staleText);
    if (fresh.freshClock) fresh.freshClock.text = this.texts.share(fresh.freshClock.text);
    const before = this.earlier.get(card);
    const view = before && sameDerived(before, fresh) ? before : fresh;
    this.views.set(card, view);
    return view;
  }

  is(pipeline: Pipeline, now: number): boolean {
    return this.pipeline === pipeline && this.now === now;
  }
}

/**
 * Card views derived once per card object: a board whose cards array changed by one card (a
 * move, an edit) derives one view, not one per card. When the clock or the pipeline changes,
 * each view is derived again but an unchanged one keeps its identity, so columns and cards that
 * show the same thing are left alone. `warm` derives a board's views ahead, a slice at a time
 * (for a new clock reading, alongside the one on screen), so `viewsOf` then only looks them up.
 */
export class CardViewCache {
  private current: ViewGeneration | null = null;
  /** Views being derived ahead for another pipeline or clock reading. */
  private next: ViewGeneration | null = null;

  private generation(pipeline: Pipeline, now: number): ViewGeneration {
    if (this.current?.is(pipeline, now)) return this.current;
    if (!this.next?.is(pipeline, now))
      this.next = new ViewGeneration(pipeline, now, this.current?.views ?? new WeakMap());
    return this.next;
  }

  viewsOf(cards: readonly BoardCard[], pipeline: Pipeline, now: number): CardView[] {
    const generation = this.generation(pipeline, now);
    if (generation === this.next) {
      this.current = generation;
      this.next = null;
    }
    const peeked = this.peeked;
    if (peeked?.cards === cards && peeked.generation === generation) {
      this.peeked = null;
      return peeked.views;
    }
    return cards.map((card) => generation.viewOf(card));
  }

  /** The last `peek`: the board that takes these cards looks none of them up again. */
  private peeked: { cards: readonly BoardCard[]; generation: ViewGeneration; views: CardView[] } | null =
    null;

  /**
   * The views of `cards` for `pipeline` at `now`, without making them the ones on screen (see
   * `warm`); `viewsOf` the same cards array, pipeline and clock reading then returns this very array.
   */
  peek(cards: readonly BoardCard[], pipeline: Pipeline, now: number): CardView[] {
    const generation = this.generation(pipeline, now);
    const views = cards.map((card) => generation.viewOf(card));
    this.peeked = { cards, generation, views };
    return views;
  }

  /** How many of `cards` have no view yet for `pipeline` at `now`, counted up to `limit`. */
  missing(cards: readonly BoardCard[], pipeline: Pipeline, now: number, limit: number): number {
    const { views } = this.generation(pipeline, now);
    let count = 0;
    for (let i = 0; i < cards.length && count < limit; i++) if (!views.has(cards[i]!)) count += 1;
    return count;
  }

  /** Derive the views of `cards[from..to)` for `pipeline` at `now`, keeping the ones on screen. */
  warm(cards: readonly BoardCard[], pipeline: Pipeline, now: number, from: number, to: number): void {
    const generation = this.generation(pipeline, now);
    for (let i = from; i < Math.min(to, cards.length); i++) generation.viewOf(cards[i]!);
  }
}
