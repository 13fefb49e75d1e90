import { formatWhen } from '../../ui/dates';
import { errorText } from '../../../../shared/errorText';
import { useEffect, useRef, useState } from 'react';
import { formatBytes } from '../../../../shared/domains/backup/safeJson';
import type { BackupEntry } from '../../platform/types';
import { useRecoveryState } from '../../state/dataRecovery';
import {
  exportReadable,
  latestAutomaticBackup,
  openRestoredData,
  restoreIntoNewDatabase,
  retryOpen,
} from './actions';
import './recovery.css';

type Message = { kind: 'ok' | 'error'; text: string } | null;
const deals = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'deal' : 'deals'}`;
const when = (ms: number) => formatWhen(ms, true);

/**
 * Shown instead of the app when the database cannot be opened. Nothing here writes to the
 * damaged database: export reads it, restore writes a NEW database that becomes active.
 */
export function RecoveryScreen() {
  const reason = useRecoveryState((s) => s.reason);
  const heading = useRef<HTMLHeadingElement>(null);
  const [latest, setLatest] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    heading.current?.focus();
    void latestAutomaticBackup().then(setLatest);
  }, []);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await action() });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const retry = () =>
    run(async () => {
      const still = await retryOpen();
      if (still) throw new Error(`It still cannot be opened. ${still}`);
      return 'Opened. Starting Fieldline…';
    });
  const exportWhatCanBeRead = () =>
    run(async () => {
      const r = await exportReadable();
      const got = `${deals(r.counts.deals ?? 0)}, ${r.counts.contacts ?? 0} contacts`;
      const left = r.skipped.length
        ? ` Not readable: ${r.skipped.join('; ')}.`
        : ' Every table was readable.';
      return r.saved ? `Saved what could be read (${got}) to ${r.path ?? 'a file'}.${left}` : 'Not saved.';
    });
  const restoreFile = (file: File) =>
    run(async () => {
      const r = await restoreIntoNewDatabase(await file.text());
      setRestored(true);
      return `Restored ${deals(r.counts.deals ?? 0)} from ${file.name} into a new database. Your damaged data is kept as it was.`;
    });

  return (
    <main className="recovery" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading" ref={heading} tabIndex={-1}>
        Fieldline could not open your data
      </h1>
      <p className="reason">{reason}</p>
      <p>
        Nothing has been changed or deleted. Fieldline will not write to this database: exporting only reads
        it, and a restore goes into a new database, so you can still get back what is in the old one later.
      </p>
      {restored ? (
        <button type="button" className="primary" onClick={openRestoredData}>
          Open Fieldline
        </button>
      ) : (
        <>
          <h2>What you can do</h2>
          <div className="recovery-actions">
            <button type="button" disabled={busy} onClick={() => void retry()}>
              Retry
            </button>
            <button type="button" disabled={busy} onClick={() => void exportWhatCanBeRead()}>
              Export what can be read
            </button>
          </div>
          <label className="recovery-file">
            Restore from a backup file…
            <input
              type="file"
              accept=".json,application/json"
              disabled={busy}
              onChange={(e) => e.currentTarget.files?.[0] && void restoreFile(e.currentTarget.files[0])}
            />
          </label>
          {latest && (
            <p className="recovery-hint">
              Your latest automatic backup is from {when(latest.createdAt)} ({formatBytes(latest.size)}):{' '}
              {latest.file}. Choose it with “Restore from a backup file…”.
            </p>
          )}
        </>
      )}
      <p role="status" className={message?.kind === 'error' ? 'error' : 'ok'}>
        {message?.text}
      </p>
    </main>
  );
}
