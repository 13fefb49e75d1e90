import { createRpcClient } from '../shared/rpc/client';
import { isTransportFailure, TRANSPORT, type RpcClient } from '../shared/rpc/client';
import { contract, type MethodName } from '../shared/rpc/contract';
import type { Endpoint } from '../shared/rpc/endpoint';
import { RpcError } from '../shared/rpc/protocol';
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
  /** One cheap call with a short limit: true when the host answered (even with an error). */
  ping(timeoutMs: number): Promise<boolean>;
  close(): void;
}

export interface MainClientOptions {
  /** Every call fails as `timeout` after this long (default 60 s: a backup of a large database is the slowest call). */
  callTimeoutMs?: number;
  timers?: { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
}

const nodeTimers = {
  setTimeout: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Main's own RPC client to the store host. Calls have a time limit; a query that failed
 * because the host restarted under it is asked again once the new host is connected
 * (a command is not: it may have committed, so its caller hears the failure).
 */
export function createMainClient(options: MainClientOptions = {}): MainClient {
  const timers = options.timers ?? nodeTimers;
  const callTimeoutMs = options.callTimeoutMs ?? 60_000;
  const raw = createRpcClient(notConnected);
  let current: Endpoint | null = null;
  /** Counts connections; a call that failed on an older one is retried on the newest. */
  let connections = 0;
  let nextConnection: Promise<void>;
  let markConnected: () => void = () => undefined;
  const awaitNextConnection = () => {
    nextConnection = new Promise((resolve) => (markConnected = resolve));
  };
  awaitNextConnection();

  function withLimit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const handle = timers.setTimeout(
        () =>
          reject(
            new RpcError(
              'timeout',
              `the store did not answer ${what} within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`,
              TRANSPORT,
            ),
          ),
        ms,
      );
      promise.then(
        (value) => {
          timers.clearTimeout(handle);
          resolve(value);
        },
        (error: unknown) => {
          timers.clearTimeout(handle);
          reject(error);
        },
      );
    });
  }

  const call = async <K extends MethodName>(method: K, input: Parameters<RpcClient['call']>[1] & object) => {
    const started = Date.now();
    const connection = connections;
    try {
      return await withLimit(raw.call(method, input as never), callTimeoutMs, method);
    } catch (error) {
      const retryable =
        contract[method].kind === 'query' &&
        isTransportFailure(error) &&
        !(error instanceof RpcError && error.code === 'timeout');
      if (!retryable) throw error;
      const left = callTimeoutMs - (Date.now() - started);
      if (connections === connection)
        await withLimit(nextConnection, Math.max(left, 0), `${method} (waiting for the store to restart)`);
      return withLimit(raw.call(method, input as never), callTimeoutMs, method);
    }
  };

  const client: RpcClient = {
    call: call as RpcClient['call'],
    on: (event, listener) => raw.on(event, listener),
    reconnect: (endpoint) => raw.reconnect(endpoint),
    close: () => raw.close(),
  };

  return {
    client,
    connect(port) {
      const previous = current;
      current = fromMessagePortMain(port);
      raw.reconnect(current);
      previous?.close();
      connections++;
      markConnected();
      awaitNextConnection();
    },
    async ping(timeoutMs) {
      try {
        await withLimit(raw.call('system.info', {}), timeoutMs, 'a heartbeat');
        return true;
      } catch (error) {
        return !isTransportFailure(error);
      }
    },
    close() {
      raw.close();
      current = null;
    },
  };
}
