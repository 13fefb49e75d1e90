import { useState } from 'react';
import { errorText } from './actions';
import { exportNotes, type ExportKind } from './exportNotes';

const BUTTONS: { kind: ExportKind; label: string }[] = [
  { kind: 'markdown', label: 'Export Markdown' },
  { kind: 'html', label: 'Export HTML' },
  { kind: 'pdf', label: 'Export PDF' },
  { kind: 'copy', label: 'Copy Markdown' },
  { kind: 'email', label: 'E-mail to CS' },
];

/** The handoff notes out of the app: files, clipboard, an e-mail draft. */
export function ExportBar({ dealId }: { dealId: string }) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function run(kind: ExportKind) {
    setBusy(kind);
    setError(null);
    setMessage(kind === 'pdf' ? 'Preparing the PDF…' : '');
    try {
      setMessage((await exportNotes(dealId, kind)) ?? '');
    } catch (e) {
      setMessage('');
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="handoff-export" role="group" aria-label="Export handoff notes">
      {BUTTONS.map((b) => (
        <button
          key={b.kind}
          type="button"
          disabled={busy !== null}
          aria-busy={busy === b.kind}
          onClick={() => void run(b.kind)}
        >
          {b.label}
        </button>
      ))}
      <span className="handoff-export-status" role="status">
        {message}
      </span>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
