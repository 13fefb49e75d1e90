// Browser mode: the store runs in this module Web Worker on Chromium's real IndexedDB.
// The page sends a MessagePort per connection, exactly as main does in Electron.
import { fromMessagePort, startServing } from './store-host/serve';

const serving = startServing();

self.addEventListener('message', (event: MessageEvent) => {
  if ((event.data as { type?: string } | null)?.type !== 'fieldline:connect') return;
  const [port] = event.ports;
  if (!port) return;
  void serving.then((server) => server.connect(fromMessagePort(port)));
});
