import { useMemo } from 'react';
import { AGENDA_TABLES } from '../../state/followupsCounts';
import { useLiveQuery } from '../../state/liveQuery';
import { findStaleDeals, freshClocks, groupAgenda } from './agenda';

const DEAL_TABLES = ['deals', 'followUps', 'activities', 'stageHistory'] as const;

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
  const fresh = useMemo(
    () => freshClocks(candidates.data ?? [], pipelines.data ?? [], now),
    [candidates.data, pipelines.data, now],
  );

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
