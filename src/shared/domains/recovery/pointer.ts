/**
 * Which database is the live one. Normally `fieldline`; after a recovery restore, the new
 * database the backup was written into (`fieldline-restored-<time>`), so the damaged one
 * is never written to. The name is kept in a tiny database of its own.
 */
import { DB_NAME } from '../../store/schema';
import { globalFactory, openExisting, request } from './idb';

export const POINTER_DB = 'fieldline-meta';
const STORE = 'active';
const KEY = 'database';
const VALID_NAME = /^fieldline(?:-(?:restored|rebuilt)-\d+(?:-\d+)?)?$/;

/** The active database's name; `fieldline` when none was recorded (or it cannot be read). */
export async function activeDatabaseName(factory: IDBFactory | undefined = globalFactory()): Promise<string> {
  if (!factory) return DB_NAME;
  try {
    const db = await openExisting(factory, POINTER_DB);
    if (!db) return DB_NAME;
    try {
      if (!db.objectStoreNames.contains(STORE)) return DB_NAME;
      const value = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY));
      return typeof value === 'string' && VALID_NAME.test(value) ? value : DB_NAME;
    } finally {
      db.close();
    }
  } catch {
    return DB_NAME;
  }
}

/** Record `name` as the active database (durably: the next start opens it). */
export async function setActiveDatabaseName(factory: IDBFactory, name: string): Promise<void> {
  if (!VALID_NAME.test(name)) throw new Error(`"${name}" is not a Fieldline database name.`);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(POINTER_DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('Could not open the pointer database'));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      tx.objectStore(STORE).put(name, KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('Could not record the active database'));
      tx.onabort = () => reject(tx.error ?? new Error('Recording the active database was aborted'));
    });
  } finally {
    db.close();
  }
}
