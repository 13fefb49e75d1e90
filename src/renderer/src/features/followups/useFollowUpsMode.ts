import { useState } from 'react';

/** How the Follow-ups view shows the agenda: grouped rows, or a week calendar. */
export type FollowUpsMode = 'list' | 'week';

const KEY = 'fieldline.followUps.mode';

function remembered(): FollowUpsMode {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'week' ? 'week' : 'list';
  } catch {
    return 'list'; // storage refused (a locked-down profile): the list, as on first run
  }
}

/**
 * The rep's List | Week choice, remembered on this machine (a view preference, like a
 * window's size: it is kept in the page's local storage, not in the pipeline's data).
 */
export function useFollowUpsMode(): [FollowUpsMode, (mode: FollowUpsMode) => void] {
  const [mode, setMode] = useState(remembered);
  const choose = (next: FollowUpsMode) => {
    setMode(next);
    try {
      globalThis.localStorage?.setItem(KEY, next);
    } catch {
      // Not remembered; the choice still holds until the view closes.
    }
  };
  return [mode, choose];
}
