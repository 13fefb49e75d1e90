// The Electron store host: a hidden, sandboxed window. Main brokers one MessagePort per
// client (each UI window and main itself); the preload forwards each port to this page.
// Main's supervisor counts the host as ready only after this page says so (database open
// and serving), and restarts it on a script error.
import { fromMessagePort, startServing } from './serve';

const STATUS = 'fieldline:store-host-status';
const tell = (status: { state: 'ready' } | { state: 'error'; reason: string }) =>
  window.postMessage({ type: STATUS, ...status }, '*');

window.addEventListener('error', (event) => tell({ state: 'error', reason: event.message }));

const serving = startServing();
serving.then(
  () => tell({ state: 'ready' }),
  (error: unknown) => tell({ state: 'error', reason: `the store could not start: ${String(error)}` }),
);

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window || (event.data as { type?: string } | null)?.type !== 'fieldline:connect')
    return;
  const [port] = event.ports;
  if (!port) return;
  void serving.then((server) => server.connect(fromMessagePort(port)));
});
