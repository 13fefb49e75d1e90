import { FollowUpDialog } from './FollowUpDialog';
import { fromInputs, toDateInput, toTimeInput } from '../../ui/dates';
import { useDialogSave } from '../../ui/useDialogSave';

interface Props {
  title: string;
  submitLabel: string;
  dueAt: number;
  hasTime: boolean;
  /** Snoozing to a date needs a time of day (a snoozed follow-up fires at a moment). */
  timeRequired?: boolean;
  onSave(dueAt: number, hasTime: boolean): Promise<unknown>;
  onClose(): void;
}

/** Pick a date and an optional time (local): reschedule, or snooze to a chosen moment. */
export function WhenDialog({
  title,
  submitLabel,
  dueAt,
  hasTime,
  timeRequired = false,
  onSave,
  onClose,
}: Props) {
  const { saving, fault, setError, run } = useDialogSave();

  async function submit(form: FormData) {
    const time = String(form.get('time') ?? '');
    if (timeRequired && !time) return setError('Pick a time of day.', 'time');
    const when = fromInputs(String(form.get('date') ?? ''), time);
    if (!when) return setError('Pick a valid date (and time).', 'date');
    if (await run(() => onSave(when.dueAt, when.hasTime))) onClose();
  }

  return (
    <FollowUpDialog
      title={title}
      submitLabel={submitLabel}
      saving={saving}
      error={fault}
      onSubmit={submit}
      onClose={onClose}
    >
      <label>
        Date
        <input name="date" type="date" required defaultValue={toDateInput(dueAt)} />
      </label>
      <label>
        {timeRequired ? 'Time' : 'Time (optional)'}
        <input
          name="time"
          type="time"
          required={timeRequired}
          defaultValue={hasTime || timeRequired ? toTimeInput(dueAt) : ''}
        />
      </label>
    </FollowUpDialog>
  );
}
