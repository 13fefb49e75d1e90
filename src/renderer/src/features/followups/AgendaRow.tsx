import type { HTMLAttributes } from 'react';
import type { AgendaItem } from '../../../../shared/domains/followUps/contract';
import { rowKeyShortcuts } from '../../commands/followups';
import { FOLLOW_UP_TYPE_LABELS } from '../../../../shared/model/values';
import { dueDateTime, formatDue } from '../../ui/dates';
import { SnoozeMenu, type SnoozeChoice } from './SnoozeMenu';

interface Props {
  item: AgendaItem;
  /** "SAL, untouched 52 min / 24 h" for a fresh lead nobody has touched yet. */
  fresh: string | null;
  rowProps: HTMLAttributes<HTMLLIElement> & { ref: (el: HTMLElement | null) => void };
  helpId: string;
  menuOpen: boolean;
  onMenuOpenChange(open: boolean): void;
  onComplete(): void;
  onSnooze(choice: SnoozeChoice): void;
  onReschedule(): void;
  onOpenDeal(): void;
}

export function subjectOf(item: AgendaItem): string {
  return `${FOLLOW_UP_TYPE_LABELS[item.type]} ${item.dealTitle || 'follow-up'}`;
}

/** One follow-up: when (local), type, deal and company, note, and its actions. */
export function AgendaRow({ item, fresh, rowProps, helpId, menuOpen, onMenuOpenChange, ...on }: Props) {
  const when = formatDue(item.dueAt, item.hasTime);
  const subject = subjectOf(item);
  const label = [
    when,
    FOLLOW_UP_TYPE_LABELS[item.type],
    item.dealTitle,
    item.companyName,
    item.note,
    fresh,
    item.status === 'snoozed' ? 'snoozed' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li
      className="fu-row"
      aria-label={label}
      aria-describedby={helpId}
      aria-keyshortcuts={rowKeyShortcuts('agenda')}
      {...rowProps}
    >
      <time className="fu-when" dateTime={dueDateTime(item.dueAt, item.hasTime)}>
        {when}
      </time>
      <span className={`fu-type fu-type-${item.type}`}>{FOLLOW_UP_TYPE_LABELS[item.type]}</span>
      <span className="fu-deal">
        <strong>{item.dealTitle || 'No deal'}</strong>
        {item.companyName && <span className="fu-company">{item.companyName}</span>}
        {fresh && <span className="fu-fresh">{fresh}</span>}
      </span>
      <span className="fu-note">{item.note}</span>
      {item.status === 'snoozed' && <span className="fu-snoozed">snoozed</span>}
      <span className="fu-actions">
        <button type="button" aria-label={`Complete ${subject}`} onClick={on.onComplete}>
          Complete
        </button>
        <SnoozeMenu open={menuOpen} subject={subject} onOpenChange={onMenuOpenChange} onPick={on.onSnooze} />
        <button type="button" aria-label={`Reschedule ${subject}`} onClick={on.onReschedule}>
          Reschedule
        </button>
        {item.dealId && (
          <button type="button" aria-label={`Open deal ${item.dealTitle}`} onClick={on.onOpenDeal}>
            Open deal
          </button>
        )}
      </span>
    </li>
  );
}
