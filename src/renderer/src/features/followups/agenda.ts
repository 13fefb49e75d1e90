import { makeDeal } from '../../../../shared/model/values';
import type { Pipeline, StageDef } from '../../../../shared/model';
import {
  bucketFollowUp,
  freshLeadClock,
  isStale,
  nextStepAt,
  type FollowUpBucket,
  type NextStep,
} from '../../../../shared/engine';
import type { AgendaItem, StaleCandidate } from '../../../../shared/domains/followUps/contract';

export const BUCKETS: { id: FollowUpBucket; label: string }[] = [
  { id: 'overdue', label: 'Overdue' },
  { id: 'today', label: 'Today' },
  { id: 'upcoming', label: 'Upcoming — next 7 days' },
  { id: 'later', label: 'Later' },
];

export type Agenda = Record<FollowUpBucket, AgendaItem[]>;

/** The agenda's four groups at `now` (local time), each earliest first. */
export function groupAgenda(items: readonly AgendaItem[], now: number): Agenda {
  const agenda: Agenda = { overdue: [], today: [], upcoming: [], later: [] };
  const sorted = [...items].sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
  for (const item of sorted) agenda[bucketFollowUp(item.dueAt, item.hasTime, now)].push(item);
  return agenda;
}

export interface StaleDeal {
  candidate: StaleCandidate;
  stage: StageDef;
  idleMs: number;
  /** "9 days without activity in Lead Generation". */
  text: string;
}

/** Each deal's earliest follow-up that is not overdue at `now` (a dated one counts for its whole day). */
function nextSteps(items: readonly AgendaItem[], now: number): Map<string, NextStep> {
  const steps = new Map<string, NextStep>();
  for (const item of items) {
    if (!item.dealId || bucketFollowUp(item.dueAt, item.hasTime, now) === 'overdue') continue;
    const known = steps.get(item.dealId);
    if (!known || item.dueAt < known.dueAt)
      steps.set(item.dealId, { dueAt: item.dueAt, hasTime: item.hasTime });
  }
  return steps;
}

/**
 * The stale deals at `now`, longest idle first. Staleness is decided here, in the UI, by the
 * engine's `isStale` with the UI's clock (the store only lists candidates): a deal is stale
 * when it can rot (open, or won in Closed Deal / Post-Sale with the handoff not done), the rep
 * has not touched it for longer than its stage's `staleAfter`, it is not paused past `now`,
 * and no planned next step is ahead (see the engine's isPlannedStep). `agenda` is the open
 * follow-ups; without it the deal's stored `nextFollowUpAt` (its earliest open follow-up)
 * stands in.
 */
export function findStaleDeals(
  candidates: readonly StaleCandidate[],
  pipelines: readonly Pipeline[],
  agenda: readonly AgendaItem[] | null,
  now: number,
): StaleDeal[] {
  const stages = new Map<string, StageDef>();
  for (const pipeline of pipelines)
    for (const stage of pipeline.stages) stages.set(`${pipeline.id}/${stage.id}`, stage);
  const steps = agenda ? nextSteps(agenda, now) : null;
  const stale: StaleDeal[] = [];
  for (const candidate of candidates) {
    const stage = stages.get(`${candidate.pipelineId}/${candidate.stageId}`);
    if (!stage) continue;
    const nextStep = steps ? (steps.get(candidate.id) ?? null) : nextStepAt(candidate.nextFollowUpAt);
    const { handoffDone, ...fields } = candidate;
    const deal = makeDeal(fields, candidate.stageEnteredAt);
    const state = isStale({ deal, stage, now, nextStep, handoffDone });
    if (state.stale)
      stale.push({ candidate, stage, idleMs: state.idleMs, text: state.text.replace(/^stale: /, '') });
  }
  return stale.sort((a, b) => b.idleMs - a.idleMs || a.candidate.id.localeCompare(b.candidate.id));
}

const SHORT_STAGE: Partial<Record<StageDef['kind'], string>> = { mql: 'MQL', sal: 'SAL' };

/** "SAL, untouched 52 min / 24 h" by deal id, for each fresh MQL/SAL nobody has touched yet. */
export function freshClocks(
  candidates: readonly StaleCandidate[],
  pipelines: readonly Pipeline[],
  now: number,
): Map<string, string> {
  const clocks = new Map<string, string>();
  const stages = new Map<string, StageDef>();
  for (const p of pipelines)
    for (const s of p.stages) if (SHORT_STAGE[s.kind]) stages.set(`${p.id}/${s.id}`, s);
  for (const c of candidates) {
    const stage = stages.get(`${c.pipelineId}/${c.stageId}`);
    const clock = stage && freshLeadClock(makeDeal(c, c.stageEnteredAt), stage, now);
    if (stage && clock)
      clocks.set(c.id, `${SHORT_STAGE[stage.kind]}, ${clock.text}${clock.overdue ? ' (late)' : ''}`);
  }
  return clocks;
}
