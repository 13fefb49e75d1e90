import type { Page } from '@playwright/test';

/**
 * Damage the app's database before the app starts: same version number as Fieldline's,
 * but the deals table keyed by another field, so Dexie refuses to open it (UpgradeError).
 * Done from a blank page of the app's origin, so no store worker holds the database.
 */
export async function damageDatabase(page: Page) {
  await page.route('**/blank.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto('/blank.html');
  await page.evaluate(async () => {
    await new Promise((resolve, reject) => {
      const del = indexedDB.deleteDatabase('fieldline');
      del.onsuccess = resolve;
      del.onerror = reject;
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('fieldline', 10);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('deals', { keyPath: 'uuid' });
        req.result.createObjectStore('companies', { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('companies', 'readwrite');
      tx.objectStore('companies').put({
        id: 'c1',
        name: 'Nordwind Logistics',
        industry: 'Logistics',
        size: null,
        createdAt: 1,
        updatedAt: 1,
      });
      tx.oncomplete = resolve;
      tx.onerror = reject;
    });
    db.close();
  });
}
