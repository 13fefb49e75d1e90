import type { Endpoint } from '../../../shared/rpc/endpoint';

export interface ClientRegistry {
  /** Serves `endpoint`; `client` (main's id for a UI page's connection) lets it be dropped later. */
  add(client: number | null, endpoint: Endpoint): void;
  /** The page behind `client` reloaded or closed: stop serving its port and close it. */
  drop(client: number): void;
  readonly size: number;
}

/**
 * The store host's open connections, by the client id main gave each UI page's port. Without
 * this the host would keep serving (and broadcasting change events to) the dead port of every
 * page that ever reloaded.
 */
export function createClientRegistry(connect: (endpoint: Endpoint) => () => void): ClientRegistry {
  const clients = new Map<number, () => void>();
  const drop = (client: number) => {
    const disconnect = clients.get(client);
    clients.delete(client);
    disconnect?.();
  };
  return {
    add(client, endpoint) {
      const disconnect = connect(endpoint);
      if (client === null) return;
      drop(client);
      clients.set(client, () => {
        disconnect();
        endpoint.close();
      });
    },
    drop,
    get size() {
      return clients.size;
    },
  };
}
