import type { Endpoint } from './endpoint';
import type { EventName, Events, InputOf, MethodName, ResultOf } from './contract';
import { MAX_PAYLOAD_DEPTH, nestsDeeperThan } from './depth';
import type * as Protocol from './protocol';
import { RpcError } from './rpcError';

/** The envelopes' zod schemas, loaded apart: building them is kept off the first screen's path. */
type Envelopes = Pick<typeof Protocol, 'EventMessage' | 'ResponseMessage'>;
let envelopes: Envelopes | null = null;
let loading: Promise<Envelopes> | null = null;

/**
 * Builds the envelopes' schemas (once): the UI asks after its first paint, else the first message
 * does. If their chunk cannot be loaded, the next message tries again.
 */
export function loadEnvelopes(): Promise<Envelopes> {
  loading ??= import('./protocol').then(
    (loaded) => (envelopes = loaded),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export interface RpcClient {
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<ResultOf<K>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** Swap in a fresh endpoint (store host restarted): pending calls fail as `unavailable`. */
  reconnect(endpoint: Endpoint): void;
  close(): void;
}

/** `details` of an error raised by the client itself: the store never saw (or never answered) the call. */
export const TRANSPORT = { transport: true } as const;

/** True when the call failed on the way (restart, no connection), not in the store. */
export const isTransportFailure = (error: unknown): boolean =>
  error instanceof RpcError && (error.details as { transport?: unknown } | undefined)?.transport === true;

interface Pending {
  resolve(value: unknown): void;
  reject(error: RpcError): void;
}

/** A typed client for the store contract over any Endpoint. */
export function createRpcClient(initial: Endpoint): RpcClient {
  let endpoint = initial;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: never) => void>>();

  // Every message is validated: those that arrive before the schemas are built wait for them,
  // and are handled in the order they came. If the schemas cannot be loaded, no answer can be
  // read: the calls waiting fail with that (the store may have done them, so not as `TRANSPORT`).
  const early: unknown[] = [];
  const onMessage = (raw: unknown) => {
    if (envelopes !== null && early.length === 0) return handle(envelopes, raw);
    if (early.push(raw) === 1)
      loadEnvelopes().then(
        (loaded) => {
          for (const held of early.splice(0)) handle(loaded, held);
        },
        (error: unknown) => {
          early.length = 0;
          failPending(
            `Fieldline could not read the store's answer: part of the app failed to load (${String(error)}). Reload the window.`,
          );
        },
      );
  };

  const handle = ({ EventMessage, ResponseMessage }: Envelopes, raw: unknown) => {
    const response = ResponseMessage.safeParse(raw);
    if (response.success) {
      const entry = pending.get(response.data.id);
      if (!entry) return;
      pending.delete(response.data.id);
      if (response.data.ok) entry.resolve(response.data.result);
      else {
        const { code, message, details } = response.data.error;
        entry.reject(new RpcError(code, message, details));
      }
      return;
    }
    const event = EventMessage.safeParse(raw);
    if (event.success) {
      for (const listener of listeners.get(event.data.name) ?? []) listener(event.data.payload as never);
    }
  };

  let stopListening = endpoint.listen(onMessage);

  const failPending = (message: string, details?: typeof TRANSPORT) => {
    for (const entry of pending.values()) entry.reject(new RpcError('unavailable', message, details));
    pending.clear();
  };

  return {
    call(method, input) {
      // A request too deep to be valid never leaves: cloning it could overflow the stack.
      if (nestsDeeperThan(input)) {
        return Promise.reject(
          new RpcError(
            'invalid-input',
            `Invalid ${method} request: it is nested more than ${MAX_PAYLOAD_DEPTH} levels deep.`,
          ),
        );
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        try {
          endpoint.post({ kind: 'request', id, method, params: input });
        } catch (error) {
          pending.delete(id);
          // A request that cannot be copied (a function, a DOM node) is the caller's mistake, not the store's absence.
          const uncloneable =
            error instanceof Error && (error.name === 'DataCloneError' || error instanceof RangeError);
          reject(
            uncloneable
              ? new RpcError(
                  'invalid-input',
                  `Invalid ${method} request: it cannot be sent (${error.message}).`,
                )
              : new RpcError('unavailable', `could not reach the store: ${String(error)}`, TRANSPORT),
          );
        }
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    reconnect(next) {
      stopListening();
      failPending('the store restarted; please try again', TRANSPORT);
      endpoint = next;
      stopListening = endpoint.listen(onMessage);
    },
    close() {
      stopListening();
      failPending('the connection to the store was closed', TRANSPORT);
      endpoint.close();
    },
  };
}
