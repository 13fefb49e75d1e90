import { WORKER_RUNNING } from '../store-host/workerMessages';

/** The longest the first render waits for the worker's thread (a slow or failed worker script). */
const RUNNING_CAP_MS = 250;

let worker: Worker | null = null;
let running: Promise<void> = Promise.resolve();

/**
 * Browser mode's store: one module Web Worker per page, started once, by whichever asks first —
 * the page's entry (main.tsx) as its very first act, so the database opens while the app's code
 * loads, then the browser platform, which connects to it.
 */
export function startStoreWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../store-worker.ts', import.meta.url), {
    type: 'module',
    name: 'fieldline-store',
  });
  running = saysRunning(worker, RUNNING_CAP_MS);
  return worker;
}

/**
 * Resolves once the store worker's thread runs its script (it says so), or failed to, or after a
 * short cap; at once when no worker was started. Chromium starts a dedicated worker's thread from
 * a task on the page's main thread (the browser's answer to the worker script's request), which
 * the app's first render would otherwise hold back by its whole length and the tasks queued with
 * it — on a loaded machine the store's start then began a second after navigation, not 0.2 s.
 */
export const storeWorkerRunning = (): Promise<void> => running;

function saysRunning(target: Worker, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', done);
      resolve();
    };
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === WORKER_RUNNING) done();
    };
    const timer = setTimeout(done, capMs);
    target.addEventListener('message', onMessage);
    target.addEventListener('error', done);
  });
}
