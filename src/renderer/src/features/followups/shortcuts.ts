export type RowKind = 'agenda' | 'stale';

export type FollowUpsCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'complete'
  | 'snooze'
  | 'reschedule'
  | 'open'
  | 'schedule'
  | 'pause'
  | 'new';

/** The help line under the view's title (the same keys `commandFor` understands). */
export const SHORTCUT_HELP =
  'Keys: ↑ ↓ or j k move between rows, Home End first and last · on a follow-up: d done, s snooze, r reschedule, Enter open deal · on a stale deal: n schedule next step, p pause, Enter open deal · n new follow-up';

/**
 * What a key press means in the Follow-ups view. `row` is the kind of row that has focus
 * (null when focus is elsewhere in the view); `onRow` is true when the row itself has focus
 * (Enter on one of its buttons presses that button instead).
 */
export function commandFor(key: string, row: RowKind | null, onRow: boolean): FollowUpsCommand | null {
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return 'next';
    case 'ArrowUp':
    case 'k':
      return 'previous';
    case 'Home':
      return row ? 'first' : null;
    case 'End':
      return row ? 'last' : null;
    case 'Enter':
      return row && onRow ? 'open' : null;
    case 'd':
      return row === 'agenda' ? 'complete' : null;
    case 's':
      return row === 'agenda' ? 'snooze' : null;
    case 'r':
      return row === 'agenda' ? 'reschedule' : null;
    case 'p':
      return row === 'stale' ? 'pause' : null;
    case 'n':
      return row === 'stale' ? 'schedule' : 'new';
    default:
      return null;
  }
}
