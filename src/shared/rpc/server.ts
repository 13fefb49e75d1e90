import { errorText } from '../errorText';
import type { Endpoint } from './endpoint';
import type { ChangeEvent } from './views';
import { RequestMessage, RpcError } from './protocol';

/** What the server needs of the store service. */
export interface CallableService {
  call(method: string, params: unknown): Promise<unknown>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

export interface RpcServer {
  /** Serve one client; returns a function that disconnects it. */
  connect(endpoint: Endpoint): () => void;
  readonly clientCount: number;
}

function toErrorShape(error: unknown) {
  if (error instanceof RpcError) return error.toJSON();
  return { code: 'internal' as const, message: errorText(error) };
}

/** Binds a store service to any number of endpoints and broadcasts its change events. */
export function createRpcServer(service: CallableService): RpcServer {
  const clients = new Set<Endpoint>();

  service.onChange((payload) => {
    for (const client of clients) {
      try {
        client.post({ kind: 'event', name: 'store.changed', payload });
      } catch {
        clients.delete(client); // a closed port: that client is gone
      }
    }
  });

  return {
    connect(endpoint) {
      clients.add(endpoint);
      const stop = endpoint.listen(async (raw) => {
        const request = RequestMessage.safeParse(raw);
        if (!request.success) return; // not a request of ours: ignore, never crash the host
        const { id, method, params } = request.data;
        try {
          const result = await service.call(method, params);
          endpoint.post({ kind: 'response', id, ok: true, result });
        } catch (error) {
          endpoint.post({ kind: 'response', id, ok: false, error: toErrorShape(error) });
        }
      });
      return () => {
        stop();
        clients.delete(endpoint);
      };
    },
    get clientCount() {
      return clients.size;
    },
  };
}
