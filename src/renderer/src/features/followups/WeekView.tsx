import { useMemo, useState, type KeyboardEvent } from 'react';
import { formatDayRange, localeWeekStart } from '../../ui/dates';
import type { AgendaActions } from './useAgendaActions';
import type { FollowUpsData } from './useFollowUpsData';
import { useWeekMoves } from './useWeekMoves';
import { layoutWeek, weekStartOf } from './week';
import { WeekDayColumn } from './WeekDayColumn';
import { WeekDnd } from './WeekDnd';

/** The help line in the week (the list's row keys work on a follow-up here too). */
export const WEEK_HELP =
  'Keys on a follow-up: Space picks it up, the arrow keys choose a day, Space drops it, Escape cancels · d done, s snooze, r reschedule, Enter open deal · n new follow-up';

interface Props {
  data: FollowUpsData;
  act: AgendaActions;
  helpId: string;
}

/**
 * The week calendar: seven local days from the locale's first day of the week, today marked,
 * each day's open follow-ups (meetings are follow-ups of the meeting type) with time, type,
 * deal and an overdue mark. Drag a follow-up to another day to reschedule it.
 */
export function WeekView({ data, act, helpId }: Props) {
  const [offset, setOffset] = useState(0);
  const [dragging, setDragging] = useState(false);
  const weekStartsOn = useMemo(() => localeWeekStart(), []);
  const moves = useWeekMoves(act.announce);
  const items = moves.apply(data.items);
  const start = weekStartOf(data.now, weekStartsOn, offset);
  const days = layoutWeek(items, start, data.now);
  const titleId = `${helpId}-week`;

  // While a follow-up is picked up, its keys (arrows, Space, Enter, Escape) belong to the drag:
  // marked handled, so the view's row keys leave them alone (dnd-kit listens on the document,
  // so the event must still reach it: no stopPropagation).
  const holdKeys = (event: KeyboardEvent) => {
    if (dragging) event.preventDefault();
  };

  return (
    <section className="fu-week" aria-labelledby={titleId} onKeyDown={holdKeys}>
      <div className="fu-week-nav">
        <h2 id={titleId}>{formatDayRange(start, days[6]?.start ?? start)}</h2>
        <button type="button" onClick={() => setOffset(offset - 1)}>
          <span aria-hidden="true">‹ </span>Previous week
        </button>
        <button type="button" onClick={() => setOffset(0)}>
          This week
        </button>
        <button type="button" onClick={() => setOffset(offset + 1)}>
          Next week<span aria-hidden="true"> ›</span>
        </button>
      </div>
      <WeekDnd
        onDragging={setDragging}
        onDrop={(id, dayKey) => {
          const item = items.find((i) => i.id === id);
          if (item) moves.move(item, dayKey);
        }}
      >
        <div className="fu-week-grid">
          {days.map((day) => (
            <WeekDayColumn key={day.key} day={day} helpId={helpId} register={moves.register} />
          ))}
        </div>
      </WeekDnd>
    </section>
  );
}
