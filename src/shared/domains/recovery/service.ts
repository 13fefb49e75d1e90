/**
 * The store as every host serves it: the real store service when the database opens, a
 * recovery service when it does not. In recovery every ordinary call answers
 * `unavailable` (with `{ openFailed: true }`) and only the `recovery.*` methods work; once
 * a retry or a restore succeeds, the real service takes over on the same connections.
 */
import { validateCall } from '../../rpc/validate';
import { recoveryModeHandlers } from './handlers';
import { RpcError } from '../../rpc/protocol';
import type { CallableService } from '../../rpc/server';
import type { ChangeEvent } from '../../rpc/views';
import { activeDatabase, startStoreHost, type HostOptions, type StoreHost } from '../../store/host';
import { globalFactory } from './idb';
import { DB_NAME } from '../../store/schema';
import { activeDatabaseName } from './pointer';
import { exportReadable } from './readable';
import { explainOpenFailure } from './reason';
import { restoreIntoNewDatabase } from './restore';

export interface ServedStore {
  service: CallableService;
  /** The open store host, or null while in recovery. */
  host(): StoreHost | null;
}

export type ServeOptions = HostOptions;

export async function openStoreOrRecovery(options: ServeOptions = {}): Promise<ServedStore> {
  const factory = options.indexedDB ?? globalFactory();
  const clock = options.clock ?? { now: () => Date.now() };
  const listeners = new Set<(event: ChangeEvent) => void>();
  // Unnamed, the first start finds the active database as every start does (`activeDatabase`:
  // the pointer, or the journal's snapshot when the pointer was wiped); later tries reopen that one.
  let name: string | undefined = options.name;
  let host: StoreHost | null = null;
  let reason: string | null = null;
  let stopForwarding = () => {};

  async function tryOpen(dbName: string | undefined): Promise<string | null> {
    try {
      const opened = await startStoreHost({ ...options, ...(dbName ? { name: dbName } : {}) });
      host = opened;
      name = opened.db.name;
      stopForwarding();
      stopForwarding = opened.service.onChange((event) => listeners.forEach((l) => l(event)));
      return null;
    } catch (error) {
      // The recovery screen names (and exports) the database that would not open.
      name ??= await activeDatabase(options).catch(() => activeDatabaseName(factory));
      return explainOpenFailure(error);
    }
  }

  const recovery = recoveryModeHandlers({
    reason: () => reason,
    database: () => name ?? DB_NAME,
    async retry() {
      reason = await tryOpen(name);
      return reason;
    },
    async exportReadable() {
      if (!factory) throw new RpcError('unavailable', 'There is no IndexedDB here to read from.');
      return exportReadable(factory, name ?? DB_NAME, clock.now());
    },
    async restore(text) {
      if (!factory) throw new RpcError('unavailable', 'There is no IndexedDB here to restore into.');
      const restored = await restoreIntoNewDatabase(
        { indexedDB: factory, IDBKeyRange: options.IDBKeyRange },
        text,
        clock.now(),
      );
      const failed = await tryOpen(restored.database);
      if (failed) {
        reason = failed;
        throw new RpcError(
          'internal',
          `The backup was restored into ${restored.database}, but it could not be opened: ${failed}`,
        );
      }
      reason = null;
      return restored;
    },
  });

  /** Recovery mode: the same validation as always, then only the recovery methods answer. */
  async function recoveryCall(name: string, params: unknown): Promise<unknown> {
    const { method, input } = validateCall(name, params);
    if (Object.prototype.hasOwnProperty.call(recovery, method)) {
      const handler = recovery[method as keyof typeof recovery] as (input: unknown) => Promise<unknown>;
      return handler(input);
    }
    throw new RpcError('unavailable', `Fieldline could not open its database. ${reason ?? ''}`.trim(), {
      openFailed: true,
    });
  }

  reason = await tryOpen(name);
  return {
    service: {
      call: (method, params) => (host ? host.service.call(method, params) : recoveryCall(method, params)),
      onChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    host: () => host,
  };
}
