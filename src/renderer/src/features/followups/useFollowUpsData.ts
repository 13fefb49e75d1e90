import { useMemo } from 'react';
import { freshLeadClock } from '../../../../shared/engine';
import { makeDeal, type Pipeline, type StageDef } from '../../../../shared/model';
import type { StaleCandidate } from '../../../../shared/rpc/methods/followUps';
import { AGENDA_TABLES } from '../../state/followupsCounts';
import { useLiveQuery } from '../../state/liveQuery';
import { findStaleDeals, groupAgenda } from './agenda';

const DEAL_TABLES = ['deals', 'followUps', 'activities', 'stageHistory'] as const;
const SHORT_STAGE: Partial<Record<StageDef['kind'], string>> = { mql: 'MQL', sal: 'SAL' };

/** "SAL, untouched 52 min / 24 h" for each fresh MQL/SAL deal nobody has touched yet. */
function freshClocks(candidates: readonly StaleCandidate[], pipelines: readonly Pipeline[], now: number): Map<string, string> {
  const clocks = new Map<string, string>();
  const stages = new Map<string, StageDef>();
  for (const p of pipelines) for (const s of p.stages) if (SHORT_STAGE[s.kind]) stages.set(`${p.id}/${s.id}`, s);
  for (const c of candidates) {
    const stage = stages.get(`${c.pipelineId}/${c.stageId}`);
    const clock = stage && freshLeadClock(makeDeal(c, c.stageEnteredAt), stage, now);
    if (stage && clock) clocks.set(c.id, `${SHORT_STAGE[stage.kind]}, ${clock.text}${clock.overdue ? ' (late)' : ''}`);
  }
  return clocks;
}

/**
 * Everything the Follow-ups view shows, at the UI's `now`: the agenda in four groups, the
 * stale deals (decided here with the engine, see agenda.ts) and fresh-lead clocks.
 */
export function useFollowUpsData(now: number) {
  const agenda = useLiveQuery('followUps.agenda', {}, AGENDA_TABLES);
  const candidates = useLiveQuery('followUps.staleCandidates', {}, DEAL_TABLES);
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']);
  const settings = useLiveQuery('settings.get', {}, ['settings']);

  const items = agenda.data;
  const groups = useMemo(() => groupAgenda(items ?? [], now), [items, now]);
  const stale = useMemo(
    () => findStaleDeals(candidates.data ?? [], pipelines.data ?? [], items ?? null, now),
    [candidates.data, pipelines.data, items, now],
  );
  const fresh = useMemo(() => freshClocks(candidates.data ?? [], pipelines.data ?? [], now), [candidates.data, pipelines.data, now]);

  return {
    loading: agenda.status === 'loading',
    error: agenda.error ?? candidates.error,
    items: items ?? [],
    groups,
    stale,
    fresh,
    morningHour: settings.data?.morningHour ?? 9,
  };
}
