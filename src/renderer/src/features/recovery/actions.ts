import { clearBoardSnapshot } from '../../state/boardSnapshot';
import { platform } from '../../state/session';
import { exportFileName } from '../../ui/fileNames';

/** Recovery actions: they only read the damaged database, or write a NEW one. */

/** Try to open the database again; on success the app starts afresh. Returns the reason it still fails. */
export async function retryOpen(): Promise<string | null> {
  const { reason } = await platform().store.call('recovery.retry', {});
  if (!reason) window.location.reload();
  return reason;
}

export async function exportReadable() {
  const readable = await platform().store.call('recovery.exportReadable', {});
  const saved = await platform().saveFile({
    suggestedName: exportFileName('readable', Date.now()),
    content: readable.text,
    filters: [{ name: 'Fieldline backup', extensions: ['json'] }],
    mimeType: 'application/json',
  });
  return { ...saved, counts: readable.counts, skipped: readable.skipped };
}

export function restoreIntoNewDatabase(text: string) {
  clearBoardSnapshot(); // it pictured the data being replaced
  return platform().store.call('recovery.restore', { text });
}

/** The newest automatic backup (Electron), to point the rep at it; null in the browser. */
export async function latestAutomaticBackup() {
  const backups = platform().backups;
  if (!backups) return null;
  try {
    return (await backups.list())[0] ?? null;
  } catch {
    return null;
  }
}

/** Start the app on the restored data. */
export function openRestoredData() {
  window.location.reload();
}
