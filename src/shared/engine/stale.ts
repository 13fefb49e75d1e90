import { format } from 'date-fns';
import type { Deal, StageDef } from '../model';
import { durationMs, formatAgo, formatElapsed } from './time';

export interface StaleState {
  stale: boolean;
  /** Time since the last activity or stage change, whichever is later. */
  idleMs: number;
  text: string;
}

/**
 * A deal is stale (rotting) when it is open, has had no activity for longer than its stage
 * allows, and has no future next step. A deliberate pause (pausedUntil > now) suppresses it.
 * A stage with staleAfter 0 never marks deals stale.
 */
export function isStale(input: {
  deal: Deal;
  stage: StageDef;
  now: number;
  hasFutureFollowUp: boolean;
}): StaleState {
  const { deal, stage, now, hasFutureFollowUp } = input;
  const idleMs = Math.max(0, now - Math.max(deal.lastActivityAt, deal.stageEnteredAt));
  const limit = durationMs(stage.staleAfter);
  const paused = deal.pausedUntil !== null && deal.pausedUntil > now;
  const stale = deal.status === 'open' && !paused && !hasFutureFollowUp && limit > 0 && idleMs > limit;
  let text: string;
  if (stale) text = `stale: ${formatElapsed(idleMs)} without activity in ${stage.name}`;
  else if (paused && deal.pausedUntil !== null)
    text = `paused until ${format(deal.pausedUntil, 'd MMM yyyy')}`;
  else text = `last activity ${formatAgo(idleMs)}`;
  return { stale, idleMs, text };
}
