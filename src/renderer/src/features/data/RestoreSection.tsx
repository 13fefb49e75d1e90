import { formatWhen } from '../../ui/dates';
import { errorText } from '../../../../shared/errorText';
import { useRef, useState } from 'react';
import { parseBackup } from '../../../../shared/domains/backup/validate';
import type { BackupFile } from '../../../../shared/domains/backup/format';
import { useLiveQuery } from '../../state/liveQuery';
import { Modal } from '../../ui/Modal';
import { restoreBackupText } from './actions';

type Message = { kind: 'ok' | 'error'; text: string } | null;

const when = (ms: number) => formatWhen(ms, true);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** What a backup holds, in a rep's words. */
export function describeBackup(backup: BackupFile): string {
  const c = backup.counts;
  return `${plural(c.deals, 'deal')}, ${plural(c.contacts, 'contact')}, ${plural(c.followUps, 'follow-up')} and ${plural(c.activities, 'activity', 'activities')}`;
}

export function RestoreSection() {
  const info = useLiveQuery('system.info', {});
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ name: string; text: string; backup: BackupFile } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  async function choose(file: File) {
    setMessage(null);
    const text = await file.text();
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `${parsed.error} Your current data is unchanged.` });
      return;
    }
    setPending({ name: file.name, text, backup: parsed.backup });
  }

  async function restore() {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackupText(pending.text);
      setMessage({
        kind: 'ok',
        text: `Restored the backup from ${when(pending.backup.exportedAt)}: ${describeBackup(pending.backup)}.`,
      });
    } catch (error) {
      const why = errorText(error);
      setMessage({
        kind: 'error',
        text: `The backup was not restored: ${why} Your current data is unchanged.`,
      });
    } finally {
      setBusy(false);
      setPending(null);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section className="data-card" aria-labelledby="data-restore-heading">
      <h2 id="data-restore-heading">Restore</h2>
      <p>
        Replace everything in Fieldline with a backup file. The file is checked completely first; if anything
        is wrong, nothing changes.
      </p>
      <label className="file-button">
        Restore from a backup file…
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={(e) => e.currentTarget.files?.[0] && void choose(e.currentTarget.files[0])}
        />
      </label>
      <p role="status" className={message?.kind === 'error' ? 'error' : 'ok'}>
        {message?.text}
      </p>
      {pending && (
        <Modal title="Replace all your data?" onClose={() => !busy && setPending(null)}>
          <p>
            Everything now in Fieldline
            {info.data ? ` (${plural(info.data.deals, 'deal')} and everything linked to them)` : ''} will be
            replaced by the backup <strong>{pending.name}</strong> from {when(pending.backup.exportedAt)}:{' '}
            {describeBackup(pending.backup)}.
          </p>
          <p>
            Changes made since that backup will be gone. If unsure, export a backup of your current data
            first.
          </p>
          <div className="dialog-actions">
            <button type="button" disabled={busy} onClick={() => setPending(null)} data-autofocus>
              Cancel
            </button>
            <button type="button" className="primary danger" disabled={busy} onClick={() => void restore()}>
              {busy ? 'Restoring…' : 'Replace my data'}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
