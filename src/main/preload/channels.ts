/**
 * The IPC channels of the plumbing between main and the preloads (store ports, store-host
 * status, the journal, main → UI events). The UI → main calls have one channel each, derived
 * from the bridge contract (src/shared/bridge/contract.ts). Plain string constants only: this
 * file is bundled into the sandboxed preloads, which may require nothing but 'electron'.
 */
export const CHANNELS = {
  /** main → store host: a MessagePort to serve the store RPC on. */
  storeHostConnect: 'fieldline:connect',
  /** main → store host: stop serving the port handed over with this client id (its page is gone). */
  storeHostDrop: 'fieldline:drop-client',
  /** store host → main: `{ state: 'ready' }` once its database serves, `{ state: 'error', reason }` on a script error. */
  storeHostStatus: 'fieldline:store-host-status',
  /** main → UI: the store host's state (the UI shows "Reconnecting to your data…" while it restarts). */
  storeStatus: 'fieldline:store-status',
  /** main → UI: a fresh MessagePort to the store (after start or a store-host restart). */
  storePort: 'fieldline:store-port',
  /** main → UI: a reminder notification was clicked; show this deal. */
  openDeal: 'fieldline:open-deal',
  /** store host → main (invoke): the journal's file operations (append, read, compact). */
  journal: 'fieldline:journal',
} as const;
