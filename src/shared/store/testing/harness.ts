import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createRpcClient, type RpcClient } from '../../rpc/client';
import { fromMessagePort, type PortLike } from '../../rpc/endpoint';
import type { OpenOptions } from '../db';
import { startStoreHost, type JournalOptions, type StoreHost } from '../host';

export interface Harness {
  host: StoreHost;
  clock: { now(): number; set(ms: number): void; advance(ms: number): void };
  /** A new client over a real MessageChannel, like a UI window or main. */
  connect(): RpcClient;
  close(): Promise<void>;
}

/** A store host on a fresh in-memory IndexedDB, reached through the real RPC transport. */
export async function startHarness(
  options: {
    start?: number;
    name?: string;
    indexedDB?: IDBFactory;
    journal?: JournalOptions;
    middlewares?: OpenOptions['middlewares'];
  } = {},
): Promise<Harness> {
  let now = options.start ?? Date.UTC(2026, 10, 2, 9, 0, 0);
  const clock = {
    now: () => now,
    set: (ms: number) => void (now = ms),
    advance: (ms: number) => void (now += ms),
  };
  let counter = 0;
  const host = await startStoreHost({
    ...(options.journal ? {} : { name: options.name ?? 'fieldline-test' }),
    ...(options.journal && options.name ? { name: options.name } : {}),
    indexedDB: options.indexedDB ?? new IDBFactory(),
    ...(options.journal ? { journal: options.journal } : {}),
    IDBKeyRange,
    ...(options.middlewares ? { middlewares: options.middlewares } : {}),
    clock,
    newId: () => `id-${(++counter).toString().padStart(6, '0')}`,
  });
  const clients: RpcClient[] = [];
  return {
    host,
    clock,
    connect() {
      const channel = new MessageChannel();
      host.server.connect(fromMessagePort(channel.port1 as unknown as PortLike));
      const client = createRpcClient(fromMessagePort(channel.port2 as unknown as PortLike));
      clients.push(client);
      return client;
    },
    async close() {
      clients.forEach((c) => c.close());
      host.db.close();
    },
  };
}

/** Wait until `predicate` holds (event delivery is asynchronous). */
export async function until(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
