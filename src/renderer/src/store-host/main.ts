// The Electron store host: a hidden, sandboxed window. Main brokers one MessagePort per
// client (each UI window and main itself); the preload forwards each port to this page, and
// tells it when a UI page's port is dead (that page reloaded or closed) so it is dropped.
// Main's supervisor counts the host as ready only after this page says so (database open
// and serving), and restarts it on a script error.
import type { JournalSink } from '../../../shared/journal/sink';
import { createClientRegistry } from './clients';
import { fromMessagePort, startServing } from './serve';

const STATUS = 'fieldline:store-host-status';
const CONNECT = 'fieldline:connect';
const DROP = 'fieldline:drop-client';
const tell = (status: { state: 'ready' } | { state: 'error'; reason: string }) =>
  window.postMessage({ type: STATUS, ...status }, '*');

window.addEventListener('error', (event) => tell({ state: 'error', reason: event.message }));

// The journal outside IndexedDB, written by main (the preload's narrow bridge).
const journal = (window as { fieldlineJournal?: JournalSink }).fieldlineJournal ?? null;
const serving = startServing({ journal });
const clients = serving.then((server) => createClientRegistry((endpoint) => server.connect(endpoint)));
serving.then(
  () => tell({ state: 'ready' }),
  (error: unknown) => tell({ state: 'error', reason: `the store could not start: ${String(error)}` }),
);

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window) return;
  const data = event.data as { type?: unknown; client?: unknown } | null;
  const client = typeof data?.client === 'number' ? data.client : null;
  if (data?.type === CONNECT) {
    const [port] = event.ports;
    if (port) void clients.then((registry) => registry.add(client, fromMessagePort(port)));
  } else if (data?.type === DROP && client !== null) {
    void clients.then((registry) => registry.drop(client));
  }
});
