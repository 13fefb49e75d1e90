import type { Activity, SignalKind } from '../model';

/** Signals that show purchase intent (the SAL → SQL gate). */
export const PURCHASE_INTENT_SIGNALS: readonly SignalKind[] = [
  'trial-request',
  'roi-content-request',
  'proposal-opened',
  'meeting-held',
];

/** The engagement signal an activity carries; a logged meeting counts as "meeting held". */
export function activitySignal(a: Pick<Activity, 'signal' | 'type'>): SignalKind | null {
  if (a.signal) return a.signal;
  return a.type === 'meeting' ? 'meeting-held' : null;
}

/** The most recent purchase-intent activity, or null. */
export function latestPurchaseIntent(activities: readonly Activity[]): Activity | null {
  let best: Activity | null = null;
  for (const a of activities) {
    const s = activitySignal(a);
    if (s && PURCHASE_INTENT_SIGNALS.includes(s) && (!best || a.at > best.at)) best = a;
  }
  return best;
}

export function hasPurchaseIntent(activities: readonly Activity[]): boolean {
  return latestPurchaseIntent(activities) !== null;
}

/**
 * The rep's own touches — calls, e-mails sent, meetings, notes — as opposed to the prospect's
 * passive signals (an opened e-mail, a site visit…), which raise the score and prompt a
 * follow-up but do not stop the clocks that measure the rep's responsiveness.
 */
export function isRepTouch(a: Pick<Activity, 'type'>): boolean {
  return a.type !== 'signal';
}

/** The rep's last touch at or after `since` (the stage entry), else `since`. */
export function lastTouchAt(activities: readonly Pick<Activity, 'type' | 'at'>[], since: number): number {
  return activities.reduce((max, a) => (isRepTouch(a) ? Math.max(max, a.at) : max), since);
}
