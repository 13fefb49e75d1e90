import { useState } from 'react';
import { FOLLOW_UP_TYPES } from '../../../../shared/model/values';
import type { FollowUpType } from '../../../../shared/model';
import { useLiveQuery } from '../../state/liveQuery';
import { createFollowUp } from './actions';
import { FollowUpDialog } from './FollowUpDialog';
import { FOLLOW_UP_TYPE_LABELS } from '../../../../shared/model/values';
import { fromInputs, toDateInput, toTimeInput } from '../../ui/dates';
import { useDialogSave } from '../../ui/useDialogSave';

interface Props {
  /** Schedule for this deal (a stale deal's next step); otherwise the rep picks one. */
  deal: { id: string; title: string } | null;
  now: number;
  onClose(): void;
  onCreated(message: string): void;
}

const HOUR = 3_600_000;

/** A new follow-up: which deal, when (local date, optional time), what kind, a note. */
export function NewFollowUpDialog({ deal, now, onClose, onCreated }: Props) {
  const [text, setText] = useState('');
  const hits = useLiveQuery('deals.search', deal ? null : { text, limit: 25 });
  const choices = (hits.data ?? []).filter((h) => h.status === 'open' || h.status === 'won');
  const { saving, fault, setError, run } = useDialogSave();
  const suggested = Math.ceil((now + HOUR / 2) / HOUR) * HOUR;

  async function submit(form: FormData) {
    const dealId = deal?.id ?? String(form.get('deal') ?? '');
    if (!dealId) return setError('Pick the deal this follow-up belongs to.', 'deal');
    const when = fromInputs(String(form.get('date') ?? ''), String(form.get('time') ?? ''));
    if (!when) return setError('Pick a valid date (and time).', 'date');
    const title = deal?.title ?? choices.find((c) => c.id === dealId)?.title ?? 'the deal';
    const type = String(form.get('type')) as FollowUpType;
    const note = String(form.get('note') ?? '').trim();
    if (await run(() => createFollowUp({ dealId, dueAt: when.dueAt, hasTime: when.hasTime, type, note }))) {
      onCreated(`${FOLLOW_UP_TYPE_LABELS[type]} scheduled for ${title}`);
      onClose();
    }
  }

  return (
    <FollowUpDialog
      title="New follow-up"
      submitLabel="Add follow-up"
      saving={saving}
      error={fault}
      onSubmit={submit}
      onClose={onClose}
    >
      {deal ? (
        <p className="fu-dialog-deal">
          For <strong>{deal.title}</strong>
        </p>
      ) : (
        <>
          <label>
            Find a deal
            <input
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Title or company"
              data-autofocus
            />
          </label>
          <label>
            Deal
            <select
              name="deal"
              required
              defaultValue={choices.length === 1 ? choices[0]?.id : ''}
              key={choices.map((c) => c.id).join()}
            >
              <option value="" disabled>
                {hits.status === 'loading'
                  ? 'Searching…'
                  : choices.length
                    ? 'Choose a deal'
                    : 'No matching deals'}
              </option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.companyName ? `${c.title} — ${c.companyName}` : c.title}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <div className="fu-dialog-row">
        <label>
          Date
          <input name="date" type="date" required defaultValue={toDateInput(suggested)} />
        </label>
        <label>
          Time (optional)
          <input name="time" type="time" defaultValue={toTimeInput(suggested)} />
        </label>
      </div>
      <label>
        Type
        <select name="type" defaultValue="call">
          {FOLLOW_UP_TYPES.map((t) => (
            <option key={t} value={t}>
              {FOLLOW_UP_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <textarea name="note" rows={3} maxLength={20_000} />
      </label>
    </FollowUpDialog>
  );
}
