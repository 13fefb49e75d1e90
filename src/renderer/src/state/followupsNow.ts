import { useEffect, useState } from 'react';

/**
 * "Now" for the follow-ups agenda, refreshed every `everyMs` (30 s by default) so items
 * move between Overdue / Today / Upcoming while the view is open. Read through Date.now and
 * setInterval on every tick, never cached, so Playwright's page clock can drive it.
 */
export function useFollowUpsNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
