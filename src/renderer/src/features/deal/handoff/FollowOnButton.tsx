import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormFooter } from '../../../ui/FormFooter';
import type { Deal } from '../../../../../shared/model';
import { useNavigation } from '../../../state/navigation';
import { parseMoney } from '../../../../../shared/domains/import/values';
import { createFollowOn, errorText } from './actions';
import '../../../ui/forms.css';
import './handoff.css';

type Kind = 'upsell' | 'add-on';

/** For a won deal: open a linked follow-on opportunity (upsell or add-on) in the first stage. */
export function FollowOnButton({ deal }: { deal: Deal }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Deal | null>(null);
  const openDeal = useNavigation((s) => s.openDeal);
  const button = useRef<HTMLButtonElement>(null);
  if (deal.status !== 'won') return null;

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="follow-on">
      <button ref={button} type="button" onClick={() => setOpen(true)}>
        Open follow-on opportunity
      </button>
      {created && (
        <p role="status" className="follow-on-done">
          Follow-on “{created.title}” added to the first stage.{' '}
          <button type="button" onClick={() => openDeal(created.id)}>
            Open it
          </button>
        </p>
      )}
      {open && (
        <FollowOnDialog
          deal={deal}
          onClose={close}
          onCreated={(d) => {
            setCreated(d);
            close();
          }}
        />
      )}
    </div>
  );
}

function FollowOnDialog({
  deal,
  onClose,
  onCreated,
}: {
  deal: Deal;
  onClose(): void;
  onCreated(deal: Deal): void;
}) {
  const titleId = useId();
  const [kind, setKind] = useState<Kind>('upsell');
  const [title, setTitle] = useState(`Upsell — ${deal.title}`.slice(0, 300));
  const [value, setValue] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const amount = parseMoney(value);
    if (!amount.ok) return setError(amount.error);
    setSaving(true);
    setError(null);
    try {
      onCreated(await createFollowOn({ dealId: deal.id, kind, title, value: amount.value }));
    } catch (e) {
      setError(errorText(e));
      setSaving(false);
    }
  }

  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={(e) => void submit(e)}
      >
        <h2 id={titleId}>Open follow-on opportunity</h2>
        <p className="handoff-hint">
          From “{deal.title}”: same company and contacts, starting in the first stage.
        </p>
        <label>
          Kind
          <select ref={first} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="upsell">Upsell</option>
            <option value="add-on">Add-on</option>
          </select>
        </label>
        <label>
          Title
          <input required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Value
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <FormFooter
          error={error}
          saving={saving}
          onCancel={onClose}
          submitLabel="Create follow-on"
          savingLabel="Creating…"
          disabled={!title.trim()}
        />
      </form>
    </div>
  );
}
