import { SIGNAL_LABELS } from '../../../../shared/model/values';
import type { Activity, Pipeline, StageHistoryEntry } from '../../../../shared/model';

export interface TimelineEntry {
  id: string;
  at: number;
  kind: Activity['type'] | 'stage';
  title: string;
  body: string;
}

/** Activities and stage history in one list, newest first. */
export function timelineEntries(
  activities: readonly Activity[],
  history: readonly StageHistoryEntry[],
  pipeline: Pipeline,
): TimelineEntry[] {
  const stageName = (id: string | null) =>
    id ? (pipeline.stages.find((s) => s.id === id)?.name ?? 'a removed stage') : null;
  const fromActivities = activities.map((a) => ({
    id: a.id,
    at: a.at,
    kind: a.type,
    title: a.type === 'signal' && a.signal ? `Signal: ${SIGNAL_LABELS[a.signal]}` : a.subject || a.type,
    body:
      a.type === 'signal' && a.signal && a.subject && a.subject !== SIGNAL_LABELS[a.signal]
        ? `${a.subject}\n${a.body}`.trim()
        : a.body,
  }));
  const fromHistory = history.map((h) => {
    const to = stageName(h.toStageId);
    const from = stageName(h.fromStageId);
    const status = h.fromStatus !== null && h.toStatus !== h.fromStatus ? ` (${h.toStatus})` : '';
    return {
      id: h.id,
      at: h.at,
      kind: 'stage' as const,
      title: from ? `Moved from ${from} to ${to}${status}` : `Entered ${to}${status}`,
      body: `${h.reason}${h.overridden ? ' — override' : ''}`,
    };
  });
  return [...fromActivities, ...fromHistory].sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
}
