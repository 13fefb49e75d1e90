// Browser mode: the store runs in this module Web Worker on Chromium's real IndexedDB.
// The page sends a MessagePort per connection, exactly as main does in Electron. Every tab
// has its own worker on the same database; committed changes are relayed between them.
import { withCrossTabChanges } from './store-host/crossTab';
import { fromMessagePort, startServing } from './store-host/serve';

const serving = startServing((service) =>
  withCrossTabChanges(service, new BroadcastChannel('fieldline:store-changes')),
);

self.addEventListener('message', (event: MessageEvent) => {
  if ((event.data as { type?: string } | null)?.type !== 'fieldline:connect') return;
  const [port] = event.ports;
  if (!port) return;
  void serving.then((server) => server.connect(fromMessagePort(port)));
});
