import { createRpcClient } from '../shared/rpc/client';
import type { RpcClient } from '../shared/rpc/client';
import type { Endpoint } from '../shared/rpc/endpoint';
import { fromMessagePortMain } from './portMain';
import type { PortMainLike } from './portMain';

/** Until the store host is up, calls fail fast as `unavailable` instead of hanging. */
const notConnected: Endpoint = {
  post() {
    throw new Error('the store is starting');
  },
  listen: () => () => undefined,
  close: () => undefined,
};

export interface MainClient {
  /** Stable for the app's lifetime; survives store-host restarts. */
  readonly client: RpcClient;
  /** Points the client at a fresh port (first start or after a restart) and closes the old one. */
  connect(port: PortMainLike): void;
  close(): void;
}

/** Main's own RPC client to the store host. */
export function createMainClient(): MainClient {
  const client = createRpcClient(notConnected);
  let current: Endpoint | null = null;
  return {
    client,
    connect(port) {
      const previous = current;
      current = fromMessagePortMain(port);
      client.reconnect(current);
      previous?.close();
    },
    close() {
      client.close();
      current = null;
    },
  };
}
