import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildBackup, type BackupTables } from '../../src/shared/domains/backup/format';
import { createDefaultPipeline, defaultSettings } from '../../src/shared/engine';
import { makeDeal } from '../../src/shared/model';
import { TABLE_NAMES } from '../../src/shared/store/schema';
import { damageDatabase } from './damagedDatabase';

/** A valid backup file holding one deal. */
function backupFile(title: string): string {
  let n = 0;
  const now = Date.UTC(2026, 1, 2, 9);
  const pipeline = createDefaultPipeline(() => `b-${++n}`, now);
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
  tables.pipelines = [pipeline];
  tables.settings = [{ key: 'settings', value: defaultSettings() }];
  tables.deals = [
    makeDeal(
      { id: 'deal-1', pipelineId: pipeline.id, stageId: pipeline.stages[0]!.id, title, source: 'event' },
      now,
    ),
  ];
  return JSON.stringify(buildBackup(tables, now));
}

/** The damaged database as it is: version, tables and company names. */
function inspectDamaged(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; companies: string[] }>((resolve, reject) => {
        const req = indexedDB.open('fieldline');
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('companies', 'readonly').objectStore('companies').getAll();
          get.onsuccess = () => {
            resolve({
              version: db.version,
              stores: [...db.objectStoreNames],
              companies: get.result.map((c: { name: string }) => c.name),
            });
            db.close();
          };
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

test('a database that cannot be opened shows the recovery screen; export what can be read, then restore from a file', async ({
  page,
}) => {
  await damageDatabase(page);
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Fieldline could not open your data', level: 1 }),
  ).toBeFocused();
  await expect(page.getByText(/The structure of the database is damaged/)).toBeVisible();
  await expect(page.getByText('Nothing has been changed or deleted.', { exact: false })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // Export what can be read: the companies table, and a note about the rest.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export what can be read' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fieldline-recovered-\d{4}-\d{2}-\d{2}\.json$/);
  const readable = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    tables: { companies: { name: string }[] };
  };
  expect(readable.format).toBe('fieldline-backup');
  expect(readable.tables.companies.map((c) => c.name)).toEqual(['Nordwind Logistics']);
  await expect(page.getByText(/Not readable: contacts: the table is missing/)).toBeVisible();

  // Retry: still damaged, still nothing written.
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(/It still cannot be opened/)).toBeVisible();

  // Restore from a backup file: goes into a new database.
  const restore = page.getByLabel('Restore from a backup file…');
  await restore.setInputFiles({
    name: 'not-a-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":1}'),
  });
  await expect(page.getByText(/This backup cannot be restored/)).toBeVisible();
  await restore.setInputFiles({
    name: 'fieldline-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupFile('Recovered deal')),
  });
  await expect(
    page.getByText('Restored 1 deal from fieldline-backup.json into a new database.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open Fieldline' }).click();
  await expect(
    page.getByRole('region', { name: 'Lead Generation', exact: true }).getByText('Recovered deal'),
  ).toBeVisible();

  // The damaged database was never written to.
  expect(await inspectDamaged(page)).toEqual({
    version: 10,
    stores: ['companies', 'deals'],
    companies: ['Nordwind Logistics'],
  });

  // And the restored data is what opens from now on.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Lead Generation', exact: true }).getByText('Recovered deal'),
  ).toBeVisible();
});
