import { useState, type FormEvent } from 'react';
import type { Deal } from '../../../../shared/model';
import { formatDue, fromLocalInput } from '../../ui/dates';
import { updateDeal } from './actions';
import { useSaveStatus } from '../../ui/useSaveStatus';

/** Pause a deal on purpose: it is not flagged stale until the pause date. */
export function PausePanel({ deal, now }: { deal: Deal; now: number }) {
  const { run } = useSaveStatus();
  const [editing, setEditing] = useState(false);
  const paused = deal.pausedUntil !== null && deal.pausedUntil > now;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const until = fromLocalInput(String(f.get('until') ?? ''));
    if (until === null) return;
    void run(() =>
      updateDeal(deal.id, { pausedUntil: until, pauseNote: String(f.get('note') ?? '').trim() }),
    ).then((ok) => ok && setEditing(false));
  };
  return (
    <section className="ws-section" aria-label="Pause">
      <h2>Pause</h2>
      {paused && deal.pausedUntil !== null ? (
        <p>
          Paused until {formatDue(deal.pausedUntil, false)}
          {deal.pauseNote ? `: ${deal.pauseNote}` : ''}.{' '}
          <button
            type="button"
            onClick={() => void run(() => updateDeal(deal.id, { pausedUntil: null, pauseNote: '' }))}
          >
            Resume now
          </button>
        </p>
      ) : editing ? (
        <form className="inline-form" onSubmit={submit}>
          <label>
            Pause until
            <input name="until" type="date" required />
          </label>
          <label>
            Note
            <input name="note" placeholder="e.g. budget cycle restarts in Q3" />
          </label>
          <button type="submit" className="primary">
            Pause
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="muted">
          Not paused.{' '}
          <button type="button" onClick={() => setEditing(true)}>
            Pause this deal…
          </button>
        </p>
      )}
    </section>
  );
}
