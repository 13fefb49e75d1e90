import { addDays, startOfDay } from 'date-fns';
import { pauseDeal } from './actions';
import { FollowUpDialog } from './FollowUpDialog';
import { fromInputs, toDateInput } from '../../ui/dates';
import { useDialogSave } from '../../ui/useDialogSave';

interface Props {
  dealId: string;
  dealTitle: string;
  now: number;
  onClose(): void;
  onPaused(message: string): void;
}

/** "Champion on holiday until the 12th": the deal is not flagged stale before that day. */
export function PauseDialog({ dealId, dealTitle, now, onClose, onPaused }: Props) {
  const { saving, fault, setError, run } = useDialogSave();

  async function submit(form: FormData) {
    const when = fromInputs(String(form.get('until') ?? ''), '');
    if (!when) return setError('Pick the date the deal should come back.', 'until');
    if (when.dueAt <= now) return setError('Pick a date after today.', 'until');
    const note = String(form.get('note') ?? '').trim();
    if (await run(() => pauseDeal(dealId, when.dueAt, note))) {
      onPaused(`${dealTitle} paused until ${toDateInput(when.dueAt)}`);
      onClose();
    }
  }

  return (
    <FollowUpDialog
      title={`Pause ${dealTitle}`}
      submitLabel="Pause"
      saving={saving}
      error={fault}
      onSubmit={submit}
      onClose={onClose}
    >
      <label>
        Pause until
        <input
          name="until"
          type="date"
          required
          defaultValue={toDateInput(startOfDay(addDays(now, 7)).getTime())}
        />
      </label>
      <label>
        Why
        <input name="note" maxLength={300} placeholder="e.g. Champion on holiday until the 12th" />
      </label>
    </FollowUpDialog>
  );
}
