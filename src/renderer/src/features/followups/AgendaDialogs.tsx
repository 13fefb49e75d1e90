import { rescheduleFollowUp, snoozeFollowUp } from './actions';
import { subjectOf } from './AgendaRow';
import { formatDue } from '../../ui/dates';
import { NewFollowUpDialog } from './NewFollowUpDialog';
import { PauseDialog } from './PauseDialog';
import type { AgendaDialog } from './useAgendaActions';
import { WhenDialog } from './WhenDialog';

interface Props {
  dialog: AgendaDialog | null;
  now: number;
  morningHour: number;
  onClose(): void;
  /** Announce a result to screen readers. */
  announce(message: string): void;
}

/** The Follow-ups view's dialogs: a new follow-up, a pause, or a new time (reschedule / snooze). */
export function AgendaDialogs({ dialog, now, morningHour, onClose, announce }: Props) {
  if (dialog?.kind === 'new')
    return <NewFollowUpDialog deal={dialog.deal} now={now} onClose={onClose} onCreated={announce} />;
  if (dialog?.kind === 'pause')
    return (
      <PauseDialog
        dealId={dialog.stale.candidate.id}
        dealTitle={dialog.stale.candidate.title}
        now={now}
        onClose={onClose}
        onPaused={announce}
      />
    );
  if (!dialog) return null;
  const { item, kind } = dialog;
  const snooze = kind === 'snooze';
  return (
    <WhenDialog
      title={`${snooze ? 'Snooze' : 'Reschedule'} ${subjectOf(item)}`}
      submitLabel={snooze ? 'Snooze' : 'Reschedule'}
      dueAt={snooze ? Math.max(item.dueAt, now + 3_600_000) : item.dueAt}
      hasTime={item.hasTime}
      timeRequired={snooze}
      onSave={(dueAt, hasTime) => {
        const write = snooze
          ? snoozeFollowUp(item.id, { until: dueAt }, morningHour)
          : rescheduleFollowUp(item.id, dueAt, hasTime);
        return write.then(() => announce(`${subjectOf(item)} moved to ${formatDue(dueAt, hasTime)}`));
      }}
      onClose={onClose}
    />
  );
}
