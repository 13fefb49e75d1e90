import { SIGNAL_LABELS, type Activity, type Pipeline, type StageHistoryEntry } from '../../model';

export interface Moment {
  at: number;
  text: string;
}

/** At most this many moments go into the notes (the most recent ones). */
export const TIMELINE_MAX = 150;

function stageName(pipeline: Pipeline | null, id: string | null): string {
  if (!id) return '';
  return pipeline?.stages.find((s) => s.id === id)?.name ?? 'a removed stage';
}

const withReason = (text: string, reason: string): string =>
  reason.trim() ? `${text}: ${reason.trim()}` : text;

/** One stage-history entry in plain words ("Won, moved to Closed Deal: signed by the CFO"). */
export function historyText(entry: StageHistoryEntry, pipeline: Pipeline | null): string {
  const to = stageName(pipeline, entry.toStageId);
  const from = stageName(pipeline, entry.fromStageId);
  const override = entry.overridden ? ' (gates overridden)' : '';
  if (entry.fromStageId === null) return `${entry.reason.trim() || 'Created'} in ${to}`;
  if (entry.toStatus !== entry.fromStatus) {
    if (entry.toStatus === 'won') return withReason(`Won, moved to ${to}${override}`, entry.reason);
    if (entry.toStatus === 'lost') return withReason(`Closed lost in ${to}`, entry.reason);
    if (entry.toStatus === 'disqualified') return withReason(`Disqualified in ${to}`, entry.reason);
    if (entry.toStatus === 'open') return withReason(`Reopened in ${to}`, entry.reason);
  }
  if (entry.fromStageId === entry.toStageId) return withReason(`Updated in ${to}`, entry.reason);
  return withReason(`Moved from ${from} to ${to}${override}`, entry.reason);
}

function activityText(activity: Activity): string | null {
  if (activity.type === 'meeting') return withReason('Meeting', activity.subject);
  if (activity.type === 'signal' && activity.signal)
    return `Buying signal: customer ${SIGNAL_LABELS[activity.signal]}`;
  return null;
}

/**
 * The key moments of a deal for the handoff notes: every stage change plus meetings and
 * buying signals, oldest first, keeping the `TIMELINE_MAX` most recent.
 */
export function handoffTimeline(input: {
  history: readonly StageHistoryEntry[];
  activities: readonly Activity[];
  pipeline: Pipeline | null;
}): Moment[] {
  const moments: Moment[] = [
    ...input.history.map((h) => ({ at: h.at, text: historyText(h, input.pipeline) })),
    ...input.activities.flatMap((a) => {
      const text = activityText(a);
      return text ? [{ at: a.at, text }] : [];
    }),
  ];
  moments.sort((a, b) => a.at - b.at);
  return moments.slice(-TIMELINE_MAX);
}
