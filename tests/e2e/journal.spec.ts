import { expect, test } from '@playwright/test';
import { FieldlineApp } from './app';

const LONG = { timeout: 30_000 };

test('when the browser throws the database away, the app rebuilds it from the journal and says so', async ({
  page,
}) => {
  const app = new FieldlineApp(page);
  await app.open();
  for (const title of ['Journal lead one', 'Journal lead two', 'Journal lead three'])
    await app.quickAdd({ title, company: 'Granite Works' });
  // What Chromium does to a database it finds corrupted: delete it (Dexie lets go on versionchange).
  const deleted = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('fieldline');
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve(`error: ${String(request.error)}`);
        request.onblocked = () => undefined; // waits until the store lets go
      }),
  );
  expect(deleted).toBe('deleted');
  await page.reload();
  for (const title of ['Journal lead one', 'Journal lead two', 'Journal lead three']) {
    await expect(app.column('Lead Generation').getByText(title)).toBeVisible(LONG);
  }
  await expect(page.getByText('Your data was recovered')).toBeVisible(LONG);
  await expect(page.getByText(/Every saved change is back/)).toBeVisible();
});
