import { useEffect, useState } from 'react';

/**
 * "Now" for the follow-ups agenda, refreshed every `everyMs` (30 s by default) so items
 * move between Overdue / Today / Upcoming while the view is open, and also right at the time
 * `nextWake(now)` names (e.g. the next follow-up's due time) so it turns overdue the moment it
 * is due.
 * Read through Date.now, setInterval and setTimeout on every tick, never cached, so
 * Playwright's page clock can drive it.
 */
export function useFollowUpsNow(
  everyMs = 30_000,
  nextWake: ((now: number) => number | null) | null = null,
): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  useEffect(() => {
    const wakeAt = nextWake?.(now) ?? null;
    if (wakeAt === null) return;
    const delay = wakeAt - Date.now();
    if (delay < 0 || delay >= everyMs) return;
    const timer = setTimeout(() => setNow(Date.now()), delay + 1);
    return () => clearTimeout(timer);
  }, [nextWake, everyMs, now]);
  return now;
}
