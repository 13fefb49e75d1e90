import type { KeyboardEvent } from 'react';
import { followUpsCommandFor, type FollowUpsActions, type RowKind } from '../../commands/followups';
import { BUCKETS } from './agenda';
import type { AgendaActions } from './useAgendaActions';
import type { FollowUpsData } from './useFollowUpsData';
import type { FollowUpsMode } from './useFollowUpsMode';
import type { useRovingRows } from './useRovingRows';

const STALE_PREFIX = 'stale:';

/** The roving-focus key of a stale deal's row (a follow-up's row uses its id). */
export const staleRowKey = (dealId: string) => STALE_PREFIX + dealId;

/** Every row's key, in screen order: the agenda groups, then the stale deals. */
export function rowKeys(data: FollowUpsData): string[] {
  return [
    ...BUCKETS.flatMap((b) => data.groups[b.id].map((i) => i.id)),
    ...data.stale.map((s) => staleRowKey(s.candidate.id)),
  ];
}

const rowKindOf = (key: string | null): RowKind | null =>
  key === null ? null : key.startsWith(STALE_PREFIX) ? 'stale' : 'agenda';

const nothing = () => undefined;

/** Keys that move between the list's rows: the week leaves arrows to a drag and the page. */
const ROW_MOVES = new Set(['previous', 'next', 'first', 'last']);

/**
 * The Follow-ups keys: the registry (commands/followups.ts) says which command a key plays
 * where focus is; it runs on the focused row (a list row, or a follow-up in the week). Keys
 * typed in a field, the snooze menu or an open dialog are left alone. In the week the arrows
 * are not row moves, and snooze opens its dialog (the week has no snooze menu).
 */
export function agendaKeyHandler(
  data: FollowUpsData,
  act: AgendaActions,
  roving: ReturnType<typeof useRovingRows>,
  mode: FollowUpsMode = 'list',
) {
  const actionsOn = (key: string | null, row: RowKind | null): FollowUpsActions => {
    const item = row === 'agenda' ? data.items.find((i) => i.id === key) : undefined;
    const stale = row === 'stale' ? data.stale.find((s) => staleRowKey(s.candidate.id) === key) : undefined;
    const onItem = item && act.onItem(item);
    const onStale = stale && act.onStale(stale);
    return {
      move: (how) => roving.move(how, row !== null),
      newFollowUp: act.newFollowUp,
      complete: onItem?.complete ?? nothing,
      snooze: (mode === 'week' ? onItem && (() => onItem.snooze('pick')) : onItem?.openSnoozeMenu) ?? nothing,
      reschedule: onItem?.reschedule ?? nothing,
      scheduleNext: onStale?.scheduleNext ?? nothing,
      pause: onStale?.pause ?? nothing,
      openDeal: onItem?.openDeal ?? onStale?.openDeal ?? nothing,
    };
  };

  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || act.dialog) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [role="menu"]')) return;
    const rowEl = target.closest<HTMLElement>('[data-row-key]');
    const key = rowEl?.dataset.rowKey ?? null;
    const row = rowKindOf(key);
    const command = followUpsCommandFor(event, { row, onRow: rowEl === target });
    if (!command || (mode === 'week' && ROW_MOVES.has(command.id))) return;
    event.preventDefault();
    command.run?.(actionsOn(key, row));
  };
}
