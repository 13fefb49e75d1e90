import { format, isValid } from 'date-fns';
import type { Deal, HandoffChecklist, StageDef } from '../model';
import { bucketFollowUp } from './followups';
import { formatAgo, formatElapsed, periodEnd } from './time';

export interface StaleState {
  stale: boolean;
  /** Time since the rep's last touch or the stage change, whichever is later. */
  idleMs: number;
  text: string;
}

/** The deal's earliest open next step (a dated one is stored at local midnight with hasTime false). */
export interface NextStep {
  dueAt: number;
  hasTime: boolean;
}

/**
 * A next step stored only as a time (board cards, stale candidates): a dated step is kept at
 * local midnight, so a midnight time is read as a date-only step.
 */
export function nextStepAt(dueAt: number | null): NextStep | null {
  if (dueAt === null) return null;
  const d = new Date(dueAt);
  const midnight =
    d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
  return { dueAt, hasTime: !midnight };
}

/**
 * A next step counts as planned while it is not overdue (a dated step counts for its whole
 * day, so one due today is planned) and it falls within the stage's stale period from now:
 * a step months away does not hide neglect (a deliberate wait is a pause, with a note).
 */
export function isPlannedStep(step: NextStep | null, stage: StageDef, now: number): boolean {
  if (!step || bucketFollowUp(step.dueAt, step.hasTime, now) === 'overdue') return false;
  return stage.staleAfter.amount === 0 || step.dueAt <= periodEnd(now, stage.staleAfter);
}

/**
 * Can this deal rot at all? Open deals can; won deals in Closed Deal / Post-Sale can until
 * the customer-success handoff is done; lost and disqualified deals never.
 */
export function canGoStale(deal: Pick<Deal, 'status'>, stage: StageDef, handoffDone: boolean): boolean {
  if (deal.status === 'open') return true;
  if (deal.status !== 'won') return false;
  return (stage.kind === 'closed' || stage.kind === 'post-sale') && !handoffDone;
}

/**
 * A deal is stale (rotting) when it can go stale (see canGoStale), the rep has not touched
 * it for longer than its stage allows (day periods in calendar days, hour periods in real
 * hours), and it has no planned next step (see isPlannedStep). A deliberate pause
 * (pausedUntil > now) suppresses it. A stage with staleAfter 0 never marks deals stale.
 * `lastActivityAt` is the rep's last touch (the store derives it from calls, e-mails,
 * meetings and notes; passive signals do not count).
 */
/** What the stale check reads of a deal (a board card carries exactly this). */
export type StaleInput = Pick<Deal, 'status' | 'lastActivityAt' | 'stageEnteredAt' | 'pausedUntil'>;

export function isStale(input: {
  deal: StaleInput;
  stage: StageDef;
  now: number;
  nextStep: NextStep | null;
  /** The handoff checklist is complete (won deals only). */
  handoffDone?: boolean;
}): StaleState {
  const { deal, stage, now } = input;
  const since = Math.max(deal.lastActivityAt, deal.stageEnteredAt);
  const idleMs = Math.max(0, now - since);
  const paused = deal.pausedUntil !== null && deal.pausedUntil > now;
  const overdue = stage.staleAfter.amount > 0 && now > periodEnd(since, stage.staleAfter);
  const stale =
    canGoStale(deal, stage, input.handoffDone ?? false) &&
    !paused &&
    overdue &&
    !isPlannedStep(input.nextStep, stage, now);
  let text: string;
  if (stale) text = `stale: ${formatElapsed(idleMs)} without activity in ${stage.name}`;
  else if (paused && deal.pausedUntil !== null)
    // An older database may hold a time Date cannot show: say so rather than throw during render.
    text = isValid(deal.pausedUntil)
      ? `paused until ${format(deal.pausedUntil, 'd MMM yyyy')}`
      : 'paused (no end date can be shown)';
  else text = `last activity ${formatAgo(idleMs)}`;
  return { stale, idleMs, text };
}

/** A handoff checklist is done when it has items and every one is ticked. */
export function isHandoffDone(checklist: Pick<HandoffChecklist, 'sections'>): boolean {
  const items = checklist.sections.flatMap((s) => s.items);
  return items.length > 0 && items.every((it) => it.done);
}
