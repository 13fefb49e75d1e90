import type { KeyboardEvent } from 'react';
import { followUpsCommandFor, type FollowUpsActions, type RowKind } from '../../commands/followups';
import { BUCKETS } from './agenda';
import type { AgendaActions } from './useAgendaActions';
import type { FollowUpsData } from './useFollowUpsData';
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

/**
 * The Follow-ups keys: the registry (commands/followups.ts) says which command a key plays
 * where focus is; it runs on the focused row. Keys typed in a field, the snooze menu or an
 * open dialog are left alone.
 */
export function agendaKeyHandler(
  data: FollowUpsData,
  act: AgendaActions,
  roving: ReturnType<typeof useRovingRows>,
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
      snooze: onItem?.openSnoozeMenu ?? nothing,
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
    if (!command) return;
    event.preventDefault();
    command.run?.(actionsOn(key, row));
  };
}
