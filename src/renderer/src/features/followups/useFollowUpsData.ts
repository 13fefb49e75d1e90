import { useCallback, useMemo } from 'react';
import { useFollowUpsNow } from '../../state/followupsNow';
import { useLiveQuery } from '../../state/liveQuery';
import { findStaleDeals, freshClocks, groupAgenda } from './agenda';

/**
 * Everything the Follow-ups view shows, at the UI's `now`: the agenda in four groups, the
 * stale deals (decided here with the engine, see agenda.ts) and fresh-lead clocks. `now`
 * ticks every 30 s and right when the next timed follow-up falls due.
 */
export function useFollowUpsData() {
  const agenda = useLiveQuery('followUps.agenda', {});
  const candidates = useLiveQuery('followUps.staleCandidates', {});
  const pipelines = useLiveQuery('pipelines.list', {});
  const settings = useLiveQuery('settings.get', {});

  const items = agenda.data;
  const nextDue = useCallback(
    (at: number) => items?.find((i) => i.hasTime && i.dueAt > at)?.dueAt ?? null,
    [items],
  );
  const now = useFollowUpsNow(30_000, nextDue);
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
    now,
    loading: agenda.status === 'loading',
    error: agenda.error ?? candidates.error,
    items: items ?? [],
    groups,
    stale,
    fresh,
    morningHour: settings.data?.morningHour ?? 9,
  };
}

export type FollowUpsData = ReturnType<typeof useFollowUpsData>;
