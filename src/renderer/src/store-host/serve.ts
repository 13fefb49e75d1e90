import { fromMessagePort, type Endpoint } from '../../../shared/rpc/endpoint';
import { createRpcServer, type CallableService, type RpcServer } from '../../../shared/rpc/server';
import { openStoreOrRecovery } from '../../../shared/store/recoveryService';

/**
 * Start the store in this Chromium context. If the database cannot be opened (corrupt,
 * locked, quota), ordinary calls answer `unavailable` with `{ openFailed: true }` and the
 * `recovery.*` methods serve the UI's recovery screen; the damaged data is never written
 * over (see src/shared/store/recoveryService.ts). `relay` may wrap the service (browser mode
 * relays change events between tabs).
 */
export async function startServing(
  relay: (service: CallableService) => CallableService = (service) => service,
): Promise<RpcServer> {
  const { service } = await openStoreOrRecovery();
  return createRpcServer(relay(service));
}

export type { Endpoint };
export { fromMessagePort };
