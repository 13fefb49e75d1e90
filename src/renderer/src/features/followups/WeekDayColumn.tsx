import { useDroppable } from '@dnd-kit/core';
import { formatWeekday } from '../../ui/dates';
import type { WeekDay } from './week';
import type { WeekDropData } from './WeekDnd';
import { WeekEntryCard } from './WeekEntryCard';

interface Props {
  day: WeekDay;
  helpId: string;
  register(id: string, el: HTMLElement | null): void;
}

/** One day of the week: its name (today marked) and its follow-ups; a place to drop one. */
export function WeekDayColumn({ day, helpId, register }: Props) {
  const drop: WeekDropData = { start: day.start };
  const { setNodeRef, isOver } = useDroppable({ id: day.key, data: drop });
  const headingId = `${helpId}-day-${day.key}`;
  const classes = ['fu-day', day.isToday && 'fu-day-today', isOver && 'fu-day-over'];
  return (
    <section
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      aria-current={day.isToday ? 'date' : undefined}
      data-day={day.key}
    >
      <h3 id={headingId} className="fu-day-head">
        {formatWeekday(day.start)}
        {day.isToday && <span className="fu-today-mark">Today</span>}
      </h3>
      {day.entries.length === 0 ? (
        <p className="fu-day-empty">Nothing due</p>
      ) : (
        <ol className="fu-day-list">
          {day.entries.map((entry) => (
            <li key={entry.item.id}>
              <WeekEntryCard entry={entry} dayKey={day.key} helpId={helpId} register={register} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
