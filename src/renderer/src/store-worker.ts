// Browser mode: the store runs in this module Web Worker on Chromium's real IndexedDB. The page
// sends a MessagePort per connection, exactly as main does in Electron. Every tab has its own
// worker on the same database.
//
// This entry is tiny on purpose. It tells the page at once that the worker's thread runs, and it
// loads the store (store-host/workerStore.ts) as a chunk of its own: Chromium compiles a worker's
// entry script from its source, on the worker's thread, at every start, but an imported chunk
// from its code cache (on the loaded 2-core machine the 390 KB store compiled in 484 ms as the
// entry, in 31 ms as a chunk).
import { runStoreWorker } from './store-host/workerEntry';

performance.mark('fieldline:worker-eval'); // start-up marks: see tests/bench/coldProfile.mjs
runStoreWorker(self, () => import('./store-host/workerStore').then((store) => store.startWorkerStore()));
