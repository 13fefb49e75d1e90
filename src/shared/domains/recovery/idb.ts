/**
 * Tiny promise helpers over the raw IndexedDB API, for the recovery path: it must read a
 * database Dexie refused to open, without upgrading, repairing or creating anything.
 */

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Open an EXISTING database at whatever version it has, read-only in spirit: no version
 * is asked for, so nothing is upgraded. If it does not exist, the creation is aborted
 * (nothing is left behind) and the result is null.
 */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let creating = false;
    const req = factory.open(name);
    req.onupgradeneeded = () => {
      creating = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      event.preventDefault();
      if (creating) resolve(null);
      else reject(req.error ?? new Error(`Could not open ${name}`));
    };
    req.onblocked = () => reject(new Error(`The database "${name}" is held open by another window.`));
  });
}

/** Every record of one object store, in its own read-only transaction. */
export async function readStore(db: IDBDatabase, store: string): Promise<unknown[]> {
  const tx = db.transaction(store, 'readonly');
  return request(tx.objectStore(store).getAll());
}

/** The process-wide IndexedDB, when this context has one. */
export function globalFactory(): IDBFactory | undefined {
  return typeof indexedDB === 'undefined' ? undefined : indexedDB;
}
