import { useDraggable } from '@dnd-kit/core';
import { rowKeyShortcuts } from '../../commands/followups';
import { FOLLOW_UP_TYPE_LABELS } from '../../../../shared/model/values';
import { dueDateTime, formatTimeOfDay } from '../../ui/dates';
import { subjectOf } from './AgendaRow';
import type { WeekEntry } from './week';
import type { WeekDragData } from './WeekDnd';

interface Props {
  entry: WeekEntry;
  dayKey: string;
  /** The help line's id: the entry is described by it (and by the drag instructions). */
  helpId: string;
  /** Keep the element by follow-up id (focus follows a moved follow-up to its new day). */
  register(id: string, el: HTMLElement | null): void;
}

/** One follow-up in its day: time, type, deal, overdue or snoozed; picked up and moved to another day. */
export function WeekEntryCard({ entry: { item, overdue }, dayKey, helpId, register }: Props) {
  const subject = subjectOf(item);
  const data: WeekDragData = { dayKey, subject };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: item.id, data });
  const time = item.hasTime ? formatTimeOfDay(item.dueAt) : 'Any time';
  const type = FOLLOW_UP_TYPE_LABELS[item.type];
  const label = [
    time,
    type,
    item.dealTitle || 'No deal',
    item.companyName,
    item.note,
    overdue ? 'overdue' : '',
    item.status === 'snoozed' ? 'snoozed' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const classes = [
    'fu-entry',
    `fu-entry-${item.type}`,
    overdue && 'fu-entry-overdue',
    isDragging && 'fu-entry-dragging',
  ];
  return (
    <div
      ref={(el) => {
        setNodeRef(el);
        register(item.id, el);
      }}
      {...attributes}
      {...listeners}
      className={classes.filter(Boolean).join(' ')}
      data-row-key={item.id}
      data-day={dayKey}
      aria-label={label}
      aria-describedby={`${attributes['aria-describedby']} ${helpId}`}
      aria-keyshortcuts={rowKeyShortcuts('agenda')}
      title={item.note || undefined}
    >
      <time className="fu-entry-time" dateTime={dueDateTime(item.dueAt, item.hasTime)}>
        {time}
      </time>
      <span className="fu-entry-type">{type}</span>
      <span className="fu-entry-deal">{item.dealTitle || 'No deal'}</span>
      {item.companyName && <span className="fu-entry-company">{item.companyName}</span>}
      {overdue && <span className="fu-entry-flag">Overdue</span>}
      {item.status === 'snoozed' && <span className="fu-entry-snoozed">Snoozed</span>}
    </div>
  );
}
