import { fromMessagePort, type Endpoint } from '../../../shared/rpc/endpoint';
import { RpcError } from '../../../shared/rpc/protocol';
import { createRpcServer, type RpcServer } from '../../../shared/rpc/server';
import { startStoreHost } from '../../../shared/store/host';

/**
 * Start the store in this Chromium context. If the database cannot be opened (corrupt,
 * locked, quota), every call answers `unavailable` with the reason, so the UI can show its
 * recovery screen; the damaged data is never written over.
 */
export async function startServing(): Promise<RpcServer> {
  try {
    const host = await startStoreHost();
    return host.server;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return createRpcServer({
      call: async () => {
        throw new RpcError('unavailable', `Fieldline could not open its database (${reason}).`, { openFailed: true });
      },
      onChange: () => () => undefined,
    });
  }
}

export type { Endpoint };
export { fromMessagePort };
