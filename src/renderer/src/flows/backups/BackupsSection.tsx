import { formatWhen } from '../../ui/dates';
import { errorText } from '../../../../shared/errorText';
import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from '../../../../shared/domains/backup/safeJson';
import { ROTATION_SUMMARY } from '../../../../shared/domains/backup/rotationPolicy';
import type { Platform } from '../../platform/types';
import { Modal } from '../../ui/Modal';
import { clearBoardSnapshot } from '../../state/boardSnapshot';

type Backups = NonNullable<Platform['backups']>;
type Entry = Awaited<ReturnType<Backups['list']>>[number];

const when = (ms: number) => formatWhen(ms, true);

/** Desktop only: main's automatic backups, "Back up now", and restore from any of them. */
export function BackupsSection({ backups }: { backups: Backups }) {
  const [list, setList] = useState<Entry[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<Entry | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = useCallback(() => {
    backups
      .list()
      .then(setList, (e: unknown) =>
        setMessage({ kind: 'error', text: `Could not list the backups: ${String(e)}` }),
      );
  }, [backups]);
  useEffect(refresh, [refresh]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await action() });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
      refresh();
    }
  }

  const shrunk = list?.find((entry) => entry.shrunk) ?? null;
  const before =
    shrunk && list
      ? (list.find((entry) => entry.beforeShrink && entry.createdAt < shrunk.createdAt) ?? null)
      : null;

  const backUpNow = () => run(async () => `Backed up to ${(await backups.backupNow()).file}.`);
  const restore = (entry: Entry) =>
    run(async () => {
      setConfirm(null);
      clearBoardSnapshot(); // it pictured the data being replaced
      const r = await backups.restore(entry.file);
      if (!r.restored) throw new Error(`${r.message} Your current data is unchanged.`);
      return r.message;
    });

  return (
    <section className="data-card" aria-labelledby="data-backups-heading">
      <h2 id="data-backups-heading">Automatic backups</h2>
      <p className="muted">{ROTATION_SUMMARY}</p>
      {shrunk && (
        <p className="warning" role="alert">
          The backup of {when(shrunk.createdAt)} is much smaller than the one before it: data may be missing.
          The earlier backup
          {before ? ` (${when(before.createdAt)})` : ''} is kept so you can restore it.
        </p>
      )}
      <button type="button" disabled={busy} onClick={() => void backUpNow()}>
        Back up now
      </button>
      <p role="status" className={message?.kind === 'error' ? 'error' : 'ok'}>
        {message?.text}
      </p>
      {list === null ? (
        <p aria-busy="true">Loading the backups…</p>
      ) : list.length === 0 ? (
        <p>No backups yet.</p>
      ) : (
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((entry) => (
              <tr key={entry.file}>
                <td>
                  {when(entry.createdAt)}
                  {entry.shrunk && <span className="badge warning"> much smaller than the one before</span>}
                  {entry.beforeShrink && (
                    <span className="badge"> kept: the last backup before a shrink</span>
                  )}
                </td>
                <td>{formatBytes(entry.size)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => setConfirm(entry)}
                    aria-label={`Restore the backup of ${when(entry.createdAt)}`}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirm && (
        <Modal title="Replace all your data?" onClose={() => setConfirm(null)}>
          <p>
            Everything now in Fieldline will be replaced by the backup of {when(confirm.createdAt)}. Changes
            made since then will be gone.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirm(null)} data-autofocus>
              Cancel
            </button>
            <button type="button" className="primary danger" onClick={() => void restore(confirm)}>
              Replace my data
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
