import { createRpcServer, type RpcServer } from '../rpc/server';
import type { Clock } from './context';
import { FieldlineDB, type OpenOptions } from './db';
import { snapshotBeforeUpgrade } from './preUpgrade';
import { activeDatabaseName } from './recoveryPointer';
import { seedIfEmpty } from './seed';
import { createStoreService, type StoreService } from './service';

export interface StoreHost {
  db: FieldlineDB;
  service: StoreService;
  server: RpcServer;
}

/**
 * Open the database and serve the store over RPC. The same function runs in the
 * Electron store-host window, in the browser-mode Web Worker and in Node tests.
 */
export async function startStoreHost(options: OpenOptions & { clock?: Clock; newId?: () => string } = {}): Promise<StoreHost> {
  // The active database: `fieldline`, or the one a recovery restore wrote (recoveryPointer.ts).
  const name = options.name ?? (await activeDatabaseName(options.indexedDB));
  const clock = options.clock ?? { now: () => Date.now() };
  const preUpgradeBackup = await snapshotBeforeUpgrade(name, clock.now(), options.indexedDB);
  const db = new FieldlineDB({ ...options, name });
  await db.open();
  const newId = options.newId ?? (() => crypto.randomUUID());
  try {
    await seedIfEmpty(db, clock.now(), newId);
  } catch (error) {
    db.close(); // a failed start leaves no connection behind (recovery may retry)
    throw error;
  }
  const service = createStoreService({ db, clock, newId, preUpgradeBackup });
  return { db, service, server: createRpcServer(service) };
}
