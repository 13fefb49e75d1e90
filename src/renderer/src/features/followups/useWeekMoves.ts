import { errorText } from '../../../../shared/errorText';
import { useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../../../shared/domains/followUps/contract';
import { formatDue, toDateInput } from '../../ui/dates';
import { rescheduleFollowUp } from './actions';
import { subjectOf } from './AgendaRow';
import { moveToDay } from './week';

/** A move sent to the store and not yet back: shown at once, until the stored item changes. */
interface Pending {
  dueAt: number;
  /** The item's `updatedAt` when it was moved: a newer stored item has the move (or another change). */
  from: number;
}

/**
 * Rescheduling by dropping a follow-up on a day: the new due time keeps the time of day
 * (`moveToDay`), goes through the store's `followUps.reschedule` like the Reschedule dialog,
 * shows at once (until the store's answer arrives), and its result is announced. The moved
 * follow-up keeps focus: once it shows on its new day, focus goes to it there (`register`
 * keeps each follow-up's element by id).
 */
export function useWeekMoves(announce: (message: string) => void) {
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const focusAfter = useRef<{ id: string; day: string } | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    const want = focusAfter.current;
    const el = want && elements.current.get(want.id);
    if (!want || !el?.isConnected || el.dataset.day !== want.day) return;
    if (document.activeElement !== el) el.focus();
    focusAfter.current = null;
  });

  const register = (id: string, el: HTMLElement | null) => {
    if (el) elements.current.set(id, el);
    else if (!elements.current.get(id)?.isConnected) elements.current.delete(id);
  };

  /** The agenda with the moves on their way shown where they are going. */
  const apply = (items: readonly AgendaItem[]): AgendaItem[] =>
    items.map((item) => {
      const move = pending.get(item.id);
      return move && move.from === item.updatedAt ? { ...item, dueAt: move.dueAt } : item;
    });

  const settle = (id: string) =>
    setPending((now) => {
      const next = new Map(now);
      next.delete(id);
      return next;
    });

  /** Move `item` to the local day `dayKey`; false when that is where it already is. */
  const move = (item: AgendaItem, dayKey: string): boolean => {
    const dueAt = moveToDay(item.dueAt, item.hasTime, dayKey);
    const fromDay = toDateInput(item.dueAt);
    if (dueAt === null || fromDay === dayKey) return false;
    setPending((now) => new Map(now).set(item.id, { dueAt, from: item.updatedAt }));
    focusAfter.current = { id: item.id, day: dayKey };
    rescheduleFollowUp(item.id, dueAt, item.hasTime).then(
      () => announce(`${subjectOf(item)} moved to ${formatDue(dueAt, item.hasTime)}`),
      (e: unknown) => {
        settle(item.id);
        focusAfter.current = { id: item.id, day: fromDay };
        announce(`${subjectOf(item)} was not moved: ${errorText(e)}`);
      },
    );
    return true;
  };

  return { apply, move, register };
}
