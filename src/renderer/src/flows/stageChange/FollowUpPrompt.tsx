import { errorText } from '../../../../shared/errorText';
import { useState, type FormEvent } from 'react';
import { FOLLOW_UP_TYPES } from '../../../../shared/model/values';
import type { FollowUpType } from '../../../../shared/model';
import { showToast } from '../../ui/toast';
import { useDealFlow } from '../../state/dealFlow';
import { createFollowUp } from './actions';
import { formatDue, fromLocalInput, toDateInput, toDateTimeInput } from '../../ui/dates';

/** A proposed next step after a move or a signal: accept, edit, or skip. Never blocks the board. */
export function FollowUpPrompt() {
  const proposal = useDealFlow((s) => s.proposal);
  const propose = useDealFlow((s) => s.propose);
  const [editing, setEditing] = useState(false);
  if (!proposal) return null;
  const { followUp, dealId, title } = proposal;
  const save = async (fields: { dueAt: number; hasTime: boolean; type: FollowUpType; note: string }) => {
    try {
      await createFollowUp({ dealId, ...fields });
      propose(null);
      setEditing(false);
    } catch (e) {
      showToast({ title: 'Next step not saved', body: errorText(e), dealId });
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const when = String(form.get('when') ?? '');
    const dueAt = fromLocalInput(when);
    if (dueAt === null) return;
    void save({
      dueAt,
      hasTime: when.includes('T'),
      type: form.get('type') as FollowUpType,
      note: String(form.get('note') ?? ''),
    });
  };
  return (
    <section className="follow-up-prompt" aria-label="Proposed next step">
      <p>
        <strong>Next step for {title}:</strong> {followUp.note} — {followUp.type},{' '}
        {formatDue(followUp.dueAt, followUp.hasTime)}
      </p>
      {editing ? (
        <form className="inline-form" onSubmit={submit}>
          <label>
            When
            <input
              name="when"
              type={followUp.hasTime ? 'datetime-local' : 'date'}
              defaultValue={followUp.hasTime ? toDateTimeInput(followUp.dueAt) : toDateInput(followUp.dueAt)}
              required
            />
          </label>
          <label>
            Type
            <select name="type" defaultValue={followUp.type}>
              {FOLLOW_UP_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <label>
            Note
            <input name="note" defaultValue={followUp.note} />
          </label>
          <button type="submit" className="primary">
            Save next step
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="prompt-actions">
          <button type="button" className="primary" onClick={() => void save(followUp)}>
            Accept
          </button>
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" onClick={() => propose(null)}>
            Skip
          </button>
        </div>
      )}
    </section>
  );
}
