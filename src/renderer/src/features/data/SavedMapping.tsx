import { formatWhen } from '../../ui/dates';
import { useState, type FormEvent } from 'react';
import { errorText } from '../../../../shared/errorText';
import type { ImportWizardState } from './useImportWizard';

/** The saved mapping this file's columns fit, offered with one button (or said to be in use). */
export function SavedMappingOffer({ wizard }: { wizard: ImportWizardState }) {
  const { offer, applied } = wizard.plan;
  if (applied)
    return (
      <p className="notice" role="status">
        Using your saved mapping “{applied}”. Check each field before you go on.
      </p>
    );
  if (!offer) return null;
  return (
    <p className="notice">
      Your saved mapping “{offer.name}” (saved {formatWhen(offer.savedAt, false)}) fits this file’s columns.{' '}
      <button type="button" onClick={() => wizard.actions.applyOffer()}>
        Use “{offer.name}”
      </button>
    </p>
  );
}

/** Keep the current mapping under a name; the next file with the same columns is offered it. */
export function SaveMappingForm({ wizard }: { wizard: ImportWizardState }) {
  const [name, setName] = useState(
    wizard.plan.applied ?? wizard.plan.file?.name.replace(/\.[^.]+$/, '') ?? '',
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await wizard.actions.saveTemplate(name);
      setMessage({ ok: true, text: `Saved “${name.trim()}”: a file with these columns will be offered it.` });
    } catch (e) {
      setMessage({ ok: false, text: `Not saved: ${errorText(e)}` });
    }
  };
  return (
    <form className="import-save-mapping" aria-label="Save this mapping" onSubmit={(e) => void submit(e)}>
      <label>
        Save this mapping as
        <input
          value={name}
          maxLength={80}
          required
          aria-invalid={message?.ok === false || undefined}
          aria-describedby="save-mapping-message"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit">Save mapping</button>
      <span id="save-mapping-message" role="status" className={message?.ok === false ? 'error' : 'ok'}>
        {message?.text}
      </span>
    </form>
  );
}
