// Browser mode's store, loaded by the worker's entry (../store-worker.ts): the store on Chromium's
// real IndexedDB, committed changes relayed between tabs and journaled to the Origin Private File
// System before the page hears "done".
import { withCrossTabChanges } from './crossTab';
import { opfsSink } from './opfsSink';
import { fromMessagePort, startServing } from './serve';

/** Start the store; the returned function connects a page's port to it (queued until it serves). */
export function startWorkerStore(): (port: MessagePort) => void {
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
  return (port) => void serving.then((server) => server.connect(fromMessagePort(port)));
}
