import { fromMessagePort, type Endpoint } from '../../../shared/rpc/endpoint';
import { createRpcServer, type RpcServer } from '../../../shared/rpc/server';
import { openStoreOrRecovery } from '../../../shared/store/recoveryService';

/**
 * Start the store in this Chromium context. If the database cannot be opened (corrupt,
 * locked, quota), ordinary calls answer `unavailable` with `{ openFailed: true }` and the
 * `recovery.*` methods serve the UI's recovery screen; the damaged data is never written
 * over (see src/shared/store/recoveryService.ts).
 */
export async function startServing(): Promise<RpcServer> {
  const { service } = await openStoreOrRecovery();
  return createRpcServer(service);
}

export type { Endpoint };
export { fromMessagePort };
