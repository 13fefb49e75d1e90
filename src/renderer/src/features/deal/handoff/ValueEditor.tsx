import { useId, useState, type KeyboardEvent } from 'react';
import { errorText } from './actions';

type Status = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

interface Props {
  label: string;
  value: string;
  onSave(value: string): Promise<unknown>;
}

/**
 * A multi-line value that saves on blur or Ctrl+Enter (⌘+Enter) and says "Saved" only once
 * the store has committed it. Changes from elsewhere show up unless the rep is mid-edit.
 */
export function ValueEditor({ label, value, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The stored value changed (another window, or our own save): adopt it unless editing.
    setSeen(value);
    if (status !== 'dirty' && status !== 'saving') setDraft(value);
  }

  async function save() {
    if (status !== 'dirty') return;
    if (draft === value) {
      setStatus('idle');
      return;
    }
    setStatus('saving');
    setError(null);
    try {
      await onSave(draft);
      setStatus('saved');
    } catch (e) {
      setStatus('error');
      setError(errorText(e));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <div className="handoff-value">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        rows={Math.min(8, Math.max(2, draft.split('\n').length))}
        value={draft}
        maxLength={20_000}
        placeholder="Add notes for customer success…"
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus('dirty');
        }}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-status`}
      />
      <span id={`${id}-status`} className={`save-status ${status}`} role="status">
        {status === 'saving'
          ? 'Saving…'
          : status === 'saved'
            ? 'Saved'
            : status === 'dirty'
              ? 'Unsaved (Ctrl+Enter saves)'
              : ''}
      </span>
      {error && (
        <p role="alert" className="error">
          Not saved: {error}
        </p>
      )}
    </div>
  );
}
