import type { JournalSink } from '../../../shared/journal/sink';
import { fromMessagePort } from '../../../shared/rpc/endpoint';
import { createRpcServer, type CallableService, type RpcServer } from '../../../shared/rpc/server';
import { openStoreOrRecovery } from '../../../shared/domains/recovery/service';

export interface ServingOptions {
  /** Wraps the service (browser mode relays change events between tabs). */
  relay?: (service: CallableService) => CallableService;
  /** Where committed writes are journaled outside IndexedDB (OPFS in browser mode, a file by main in Electron). */
  journal?: JournalSink | null;
}

/**
 * Start the store in this Chromium context. If the database cannot be opened (corrupt,
 * locked, quota), ordinary calls answer `unavailable` with `{ openFailed: true }` and the
 * `recovery.*` methods serve the UI's recovery screen; the damaged data is never written
 * over (see src/shared/domains/recovery/service.ts). With a journal, a database that is missing,
 * emptied or behind is first rebuilt from it (src/shared/domains/recovery/fromJournal.ts).
 */
export async function startServing(options: ServingOptions = {}): Promise<RpcServer> {
  const { service } = await openStoreOrRecovery(
    options.journal ? { journal: { sink: options.journal } } : {},
  );
  return createRpcServer(options.relay ? options.relay(service) : service);
}

export { fromMessagePort };
