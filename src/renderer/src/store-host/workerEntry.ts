import { WORKER_CONNECT, WORKER_RUNNING } from './workerMessages';

/** What the entry needs of the worker's global scope. */
export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Loads the store and starts it; resolves to what connects a page's port to it. */
export type LoadStore = () => Promise<(port: MessagePort) => void>;

/**
 * The store worker's first act (../store-worker.ts): tell the page its thread runs (the page's
 * first render waits for that, platform/storeWorker.ts), then load the store. A connection the
 * page sends meanwhile is kept and handed over, in order, once the store has loaded.
 */
export function runStoreWorker(scope: WorkerScope, loadStore: LoadStore): void {
  scope.postMessage({ type: WORKER_RUNNING });
  const waiting: MessagePort[] = [];
  let connect: (port: MessagePort) => void = (port) => void waiting.push(port);
  scope.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type !== WORKER_CONNECT) return;
    const [port] = event.ports;
    if (port) connect(port);
  });
  void loadStore().then((connectToStore) => {
    connect = connectToStore;
    waiting.splice(0).forEach(connect);
  });
}
