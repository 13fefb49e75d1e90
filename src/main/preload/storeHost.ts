/**
 * Preload of the hidden store-host window (sandboxed: requires nothing but 'electron').
 * - Main sends a MessagePort for every client (each UI window, and main itself); each is
 *   forwarded into the page, which serves the store RPC over it.
 * - The page says when its database is open and serving (or that a script failed); that
 *   status goes to main's supervisor.
 * - `window.fieldlineJournal`: the journal's six file operations, done by main.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from './channels';

// The journal outside IndexedDB: main writes and fsyncs it (src/main/journal). Six named
// functions, nothing else; main checks every call comes from this page.
contextBridge.exposeInMainWorld('fieldlineJournal', {
  append: (bytes: Uint8Array) => ipcRenderer.invoke(CHANNELS.journal, { op: 'append', bytes }),
  readJournals: () => ipcRenderer.invoke(CHANNELS.journal, { op: 'readJournals' }),
  readJournalPlaces: () => ipcRenderer.invoke(CHANNELS.journal, { op: 'readJournalPlaces' }),
  readSnapshot: () => ipcRenderer.invoke(CHANNELS.journal, { op: 'readSnapshot' }),
  readSnapshotFront: () => ipcRenderer.invoke(CHANNELS.journal, { op: 'readSnapshotFront' }),
  compact: (text: string, keep: Uint8Array) =>
    ipcRenderer.invoke(CHANNELS.journal, { op: 'compact', text, keep }),
});

ipcRenderer.on(CHANNELS.storeHostConnect, (event, client: unknown) => {
  const id = typeof client === 'number' ? client : null;
  window.postMessage({ type: CHANNELS.storeHostConnect, client: id }, '*', event.ports);
});

// A UI page reloaded or closed: the page stops serving the port it got for that page.
ipcRenderer.on(CHANNELS.storeHostDrop, (_event, client: unknown) => {
  if (typeof client === 'number') window.postMessage({ type: CHANNELS.storeHostDrop, client }, '*');
});

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window) return;
  const data = event.data as { type?: unknown; state?: unknown; reason?: unknown } | null;
  if (data?.type !== CHANNELS.storeHostStatus) return;
  if (data.state === 'ready') ipcRenderer.send(CHANNELS.storeHostStatus, { state: 'ready' });
  else if (data.state === 'error')
    ipcRenderer.send(CHANNELS.storeHostStatus, { state: 'error', reason: String(data.reason).slice(0, 500) });
});
