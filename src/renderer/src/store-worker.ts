// Browser mode: the store runs in this module Web Worker on Chromium's real IndexedDB.
// The page sends a MessagePort per connection, exactly as main does in Electron. Every tab
// has its own worker on the same database; committed changes are relayed between them, and
// journaled to the Origin Private File System before the page hears "done".
import { withCrossTabChanges } from './store-host/crossTab';
import { opfsSink } from './store-host/opfsSink';
import { fromMessagePort, startServing } from './store-host/serve';

// Start-up marks (fieldline:*) for tests/bench/coldProfile.mjs: where a cold start's time goes.
performance.mark('fieldline:worker-eval');
// Without OPFS access handles (an old browser) the store still runs, on IndexedDB alone.
const serving = opfsSink()
  .catch((error: unknown) => {
    console.warn('[fieldline] no journal: the Origin Private File System is unavailable', error);
    return null;
  })
  .then((journal) =>
    startServing({
      journal,
      relay: (service) => withCrossTabChanges(service, new BroadcastChannel('fieldline:store-changes')),
    }),
  )
  .then((server) => {
    performance.mark('fieldline:worker-serving');
    return server;
  });

self.addEventListener('message', (event: MessageEvent) => {
  if ((event.data as { type?: string } | null)?.type !== 'fieldline:connect') return;
  const [port] = event.ports;
  if (!port) return;
  void serving.then((server) => server.connect(fromMessagePort(port)));
});
