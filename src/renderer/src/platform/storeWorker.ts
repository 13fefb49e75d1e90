let worker: Worker | null = null;

/**
 * Browser mode's store: one module Web Worker per page, started once, by whichever asks first —
 * the page's entry (main.tsx) as its very first act, so the database opens while the app's code
 * loads, then the browser platform, which connects to it.
 */
export function startStoreWorker(): Worker {
  worker ??= new Worker(new URL('../store-worker.ts', import.meta.url), {
    type: 'module',
    name: 'fieldline-store',
  });
  return worker;
}
