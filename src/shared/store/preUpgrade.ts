import { globalFactory } from '../domains/recovery/idb';
import { exportReadable } from '../domains/recovery/readable';
import { DB_VERSION } from './schema';

/** Dexie stores schema version N as IndexedDB version N × 10. */
const idbVersionOf = (schemaVersion: number) => schemaVersion * 10;

/**
 * Before this code upgrades an existing database to a newer schema, read everything it
 * holds (raw IndexedDB, nothing written) as a backup document, so main can save it before
 * the upgrade runs. Null when there is nothing to upgrade (new, or already current).
 */
export async function snapshotBeforeUpgrade(
  name: string,
  now: number,
  factory: IDBFactory | undefined = globalFactory(),
  targetSchemaVersion = DB_VERSION,
): Promise<string | null> {
  if (!factory?.databases) return null;
  const existing = (await factory.databases()).find((info) => info.name === name);
  if (!existing?.version || existing.version >= idbVersionOf(targetSchemaVersion)) return null;
  try {
    return (await exportReadable(factory, name, now)).text;
  } catch {
    return null; // unreadable: the upgrade (or the recovery screen) will say so
  }
}
