import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FieldlineApp, PipelineBoard } from './app';

const fixture = (name: string) => path.join(__dirname, '../fixtures/csv', name);
const SAMPLE = fixture('sample-leads.csv');

async function writeTemp(name: string, text: string) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fieldline-e2e-')), name);
  writeFileSync(file, text);
  return file;
}

async function seriousViolations(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

/** The Data view and its import wizard, in a rep's words. */
class DataPage extends FieldlineApp {
  async openData() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Data' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your data', level: 1 })).toBeVisible();
  }

  async openBoard() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Pipeline' })
      .click();
  }

  wizard() {
    return this.page.getByRole('dialog', { name: 'Import leads from CSV' });
  }

  /** Choose the file and walk to the review step with the proposed settings. */
  async importToReview(file: string) {
    await this.page.getByRole('button', { name: 'Import leads from CSV…' }).click();
    const dialog = this.wizard();
    await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(file);
    await expect(dialog.getByRole('heading', { name: '2. Preview' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Next: match columns' }).click();
    await expect(dialog.getByRole('heading', { name: '3. Match columns' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Next: review' }).click();
    await expect(dialog.getByRole('heading', { name: '4. Review' })).toBeVisible();
    return dialog;
  }

  async download(button: string) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
  }
}

test('import the sample CSV through the wizard, see the deals on the board, and skip duplicates the second time', async ({
  page,
}) => {
  const app = new DataPage(page);
  await app.open();
  await app.openData();
  await page.getByRole('button', { name: 'Import leads from CSV…' }).click();
  const dialog = app.wizard();
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(SAMPLE);

  // Step 1: preview, with the detected delimiter and encoding.
  await expect(dialog.getByText('sample-leads.csv')).toBeVisible();
  await expect(dialog.getByText(/25 rows, 13 columns/)).toBeVisible();
  await expect(dialog.getByLabel('Delimiter')).toHaveValue(',');
  await expect(dialog.getByLabel('Encoding')).toHaveValue('utf-8');
  await expect(dialog.getByRole('table').getByRole('row')).toHaveCount(11);
  await expect(dialog.getByRole('cell', { name: 'Fleet telematics pilot' })).toBeVisible();
  expect(await seriousViolations(page, '[role=dialog]')).toEqual([]);

  // Step 2: the columns and stages are matched by name.
  await dialog.getByRole('button', { name: 'Next: match columns' }).click();
  await expect(dialog.getByLabel('Deal title')).toHaveValue('0');
  await expect(dialog.getByLabel('E-mail', { exact: true })).toHaveValue('4');
  const sql = dialog.getByLabel('Stage “Sales Qualified Lead”');
  await expect(sql.locator('option:checked')).toHaveText('Sales Qualified Lead');
  await expect(dialog.getByLabel('Source “Partner referral”').locator('option:checked')).toHaveText(
    'Partner referral',
  );
  expect(await seriousViolations(page, '[role=dialog]')).toEqual([]);

  // Step 3: review, then the import.
  await dialog.getByRole('button', { name: 'Next: review' }).click();
  await expect(dialog.getByText('25 rows are ready: 25 to add, 0 to update, 0 to skip.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 25 deals' }).click();
  await expect(dialog.getByText('Added 25, updated 0, skipped 0.')).toBeVisible();
  await dialog.getByRole('button', { name: 'View on board' }).click();
  await expect(dialog).toBeHidden();

  await expect(app.column('Sales Qualified Lead').getByText('Fleet telematics pilot')).toBeVisible();
  await expect(app.column('Lead Generation').getByText('Starter team plan')).toBeVisible();
  await expect(app.column('Lead Nurturing').getByText('Warehouse scanners')).toBeVisible();

  // The same file again: every row is a duplicate and skipped unless the rep says otherwise.
  await app.openData();
  const again = await app.importToReview(SAMPLE);
  await expect(again.getByText('25 rows look like deals you already have')).toBeVisible();
  await expect(again.getByText('25 rows are ready: 0 to add, 0 to update, 25 to skip.')).toBeVisible();
  await expect(again.getByLabel('Row 2: what to do')).toHaveValue('skip');
  await again.getByLabel('Row 3: what to do').selectOption('update');
  await again.getByLabel('Row 4: what to do').selectOption('add');
  await expect(again.getByText('25 rows are ready: 1 to add, 1 to update, 23 to skip.')).toBeVisible();
  expect(await seriousViolations(page, '[role=dialog]')).toEqual([]);
  await again.getByRole('button', { name: 'Import 2 deals' }).click();
  await expect(again.getByText('Added 1, updated 1, skipped 23.')).toBeVisible();
  await again.getByRole('button', { name: 'View on board' }).click();
  await expect(app.column('Marketing Qualified Lead').getByText('Clinic scheduling suite')).toHaveCount(2);
});

test('the rows a file cannot import are listed with their row numbers and saved as a CSV of rejects', async ({
  page,
}) => {
  const app = new DataPage(page);
  await app.open();
  await app.openData();
  const dialog = await app.importToReview(fixture('invalid-rows.csv'));
  await expect(dialog.getByText('7 rows will not be imported')).toBeVisible();
  const rejects = dialog.getByRole('region', { name: 'Rows that will not be imported' });
  await expect(
    rejects.getByRole('row', { name: /^4 E-mail "raj@@globex" is not a valid address\.$/ }),
  ).toBeVisible();
  await expect(rejects.getByRole('row', { name: /^9 No title, company or contact name\.$/ })).toBeVisible();
  const saved = await app.download('Save rejects as CSV');
  expect(saved.name).toMatch(/^fieldline-import-rejects-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = saved.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Title,Company,Contact,Email,Value,Expected close,Reason');
  expect(lines[1]).toBe(
    'Bad email,Globex,Raj,raj@@globex,100,,"E-mail ""raj@@globex"" is not a valid address."',
  );
  expect(lines).toHaveLength(8);
  await dialog.getByRole('button', { name: 'Import 1 deal' }).click();
  await expect(dialog.getByText('Added 1, updated 0, skipped 0.')).toBeVisible();
});

test('export deals as a formula-safe CSV', async ({ page }) => {
  const app = new DataPage(page);
  await app.open();
  await app.quickAdd({
    title: '=HYPERLINK("http://evil.example","Click")',
    company: 'Acme, Inc.',
    contact: 'Jane Doe',
    email: 'jane@acme.example',
    value: 1200,
  });
  await app.openData();
  const csv = await app.download('Export deals (CSV)');
  expect(csv.name).toMatch(/^fieldline-deals-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const [header, row, ...rest] = csv.text.slice(1).split('\r\n');
  expect(header).toBe(
    'Title,Company,Contact,E-mail,Phone,Stage,Status,Value,Currency,Weighted value,Score,Source,Expected close,Next step,Days in stage',
  );
  expect(rest).toEqual([]);
  expect(row).toMatch(
    /^"'=HYPERLINK\(""http:\/\/evil\.example"",""Click""\)","Acme, Inc\.",Jane Doe,jane@acme\.example,,Lead Generation,Open,1200,/,
  );
  await expect(page.getByText('Exported 1 deal to')).toBeVisible();
});

test('export everything as a JSON backup, change something, restore the file: the change is gone', async ({
  page,
}) => {
  const app = new DataPage(page);
  await app.open();
  await app.quickAdd({ title: 'Before the backup', company: 'Kept Co' });
  await app.openData();
  const backup = await app.download('Export everything (JSON backup)');
  expect(backup.name).toMatch(/^fieldline-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(backup.text)).toMatchObject({
    format: 'fieldline-backup',
    version: 1,
    counts: { deals: 1 },
  });

  await app.openBoard();
  await app.quickAdd({ title: 'After the backup', company: 'Gone Co' });
  await expect(app.column('Lead Generation').getByText('After the backup')).toBeVisible();

  // A damaged file is refused up front and changes nothing.
  await app.openData();
  const restoreInput = page.getByLabel('Restore from a backup file…');
  await restoreInput.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text.slice(0, 200)),
  });
  await expect(
    page.getByText(/This backup cannot be restored: .*Your current data is unchanged\./),
  ).toBeVisible();

  await restoreInput.setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  const confirm = page.getByRole('dialog', { name: 'Replace all your data?' });
  await expect(confirm).toContainText('2 deals');
  await expect(confirm).toContainText(`${backup.name} from`);
  await expect(confirm).toContainText('1 deal, 0 contacts, 0 follow-ups and 0 activities');
  expect(await seriousViolations(page, '[role=dialog]')).toEqual([]);
  await confirm.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByText(/^Restored the backup from .*: 1 deal/)).toBeVisible();

  await app.openBoard();
  await expect(app.column('Lead Generation').getByText('Before the backup')).toBeVisible();
  await expect(app.column('Lead Generation').getByText('After the backup')).toHaveCount(0);
  expect(await seriousViolations(page, 'body')).toEqual([]);
});

test('a large file imports in one go; a file over the size limit is refused before it is read', async ({
  page,
}) => {
  // 5,000 deals in one transaction: on a loaded 2-core machine the import alone took over 30 s.
  test.setTimeout(300_000);
  const app = new DataPage(page);
  await app.open();
  await app.openData();
  const rows = Array.from(
    { length: 5000 },
    (_, i) => `Deal ${i + 1},Company ${i % 700},person${i}@example.com,${(i * 37) % 90000},Lead Nurturing`,
  );
  const csv = ['Title,Company,Email,Value,Stage', ...rows].join('\r\n');
  const dialog = await app.importToReview(await writeTemp('big.csv', csv));
  await expect(dialog.getByText('5,000 rows are ready: 5,000 to add, 0 to update, 0 to skip.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 5,000 deals' }).click();
  await expect(dialog.getByText('Added 5,000, updated 0, skipped 0.')).toBeVisible({ timeout: 150_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Import leads from CSV…' }).click();
  const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
  await app
    .wizard()
    .getByLabel('CSV file', { exact: true })
    .setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: huge });
  await expect(app.wizard().getByRole('alert')).toHaveText(
    'This file is 10.1 MB; the import limit is 10 MB. Split it into smaller files and import them one by one.',
  );
  await expect(app.wizard().getByRole('heading', { name: '1. Choose a CSV file' })).toBeVisible();
});

test('rows with missing or extra fields are rejects with their reason, unless the rep imports them as they are', async ({
  page,
}) => {
  const app = new DataPage(page);
  await app.open();
  await app.openData();
  const dialog = await app.importToReview(fixture('ragged.csv'));
  await expect(dialog.getByText('2 rows will not be imported')).toBeVisible();
  const rejects = dialog.getByRole('region', { name: 'Rows that will not be imported' });
  await expect(rejects.getByRole('row', { name: /^2 Row 2 has 2 fields, expected 3\./ })).toBeVisible();
  await expect(rejects.getByRole('row', { name: /^4 Row 4 has 4 fields, expected 3\./ })).toBeVisible();
  // The explicit choice: back to the columns, keep them as they are.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog
    .getByRole('checkbox', { name: /Import the 2 rows with missing or extra fields as they are/ })
    .check();
  await dialog.getByRole('button', { name: 'Next: review' }).click();
  await expect(dialog.getByRole('heading', { name: '4. Review' })).toBeVisible();
  await expect(dialog.getByText('rows will not be imported')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 4 deals' }).click();
  await expect(dialog.getByText('Added 4, updated 0, skipped 0.')).toBeVisible();
});

test('every column that will not be imported is listed with a sample, and kept in the deal’s notes', async ({
  page,
}) => {
  const file = await writeTemp(
    'extra-columns.csv',
    'Title,Company,Notes,Notes,Pipeline\n"Grid analytics",Granite Energy,"Met at the summit\nwants a pilot","Second note",Sales\n',
  );
  const app = new DataPage(page);
  await app.open();
  await app.openData();
  const dialog = await app.importToReview(file);
  const unmapped = dialog.getByRole('region', { name: 'Columns not matched to a field' });
  await expect(unmapped.getByRole('row', { name: 'Notes (2) Second note' })).toBeVisible();
  await expect(unmapped.getByRole('row', { name: 'Pipeline Sales' })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Keep them in each deal’s notes' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import 1 deal' }).click();
  await expect(dialog.getByText('Added 1, updated 0, skipped 0.')).toBeVisible();
  await dialog
    .getByRole('button', { name: /Close|Done/ })
    .first()
    .click();
  await app.openBoard();
  const workspace = await new PipelineBoard(page).openDeal('Grid analytics');
  // The mapped note keeps its line break; the unmapped columns follow, named.
  await expect(workspace.getByLabel('Notes')).toHaveValue(
    'Met at the summit\nwants a pilot\n\nImported from CSV: Notes (2) = Second note, Pipeline = Sales',
  );
});

test('a HubSpot deals export: stages mapped with their counts, nothing dropped, won counts, contacts and euros kept, mapping saved for next time', async ({
  page,
}) => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const file = await writeTemp(
    'hubspot-deals.csv',
    [
      'Record ID,Deal Name,Deal Stage,Amount,Currency,Close Date,Closed Lost Reason,Associated Company,Associated Contact,Deal Description,Pipeline,Deal owner',
      `301,Fleet rollout,Closed Won,"48,000.00",EUR,${day(-5)},,Acme Corp,Jane Doe (jane@acme.example),Signed after the pilot,Sales Pipeline,Sam Rep`,
      `302,Analytics add-on,Closed Lost,12000,USD,${day(-3)},Went with a competitor,Globex,,,Sales Pipeline,Sam Rep`,
      `303,Depot pilot,Decision Maker Bought-In,"10,000.50",EUR,${day(20)},,Initech,"Raj Patel (raj@initech.example); Lee Wong (lee@initech.example)","Two depots\nthen the rest",Sales Pipeline,Sam Rep`,
    ].join('\n'),
  );
  const board = new PipelineBoard(page);
  await board.open();
  await board.setCurrency('USD', { EUR: '1.1' });
  const app = new DataPage(page);
  await app.openData();
  await page.getByRole('button', { name: 'Import leads from CSV…' }).click();
  const dialog = app.wizard();
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(file);
  await dialog.getByRole('button', { name: 'Next: match columns' }).click();
  await expect(dialog.getByText('Recognised a HubSpot export')).toBeVisible();

  // Every stage value is listed with its rows; HubSpot's own words are proposed.
  await expect(dialog.getByLabel('Stage “Closed Won” · 1 row')).toHaveValue('@won');
  await expect(dialog.getByLabel('Stage “Closed Lost” · 1 row')).toHaveValue('@lost');
  const bought = dialog.getByLabel('Stage “Decision Maker Bought-In” · 1 row');
  await expect(bought.locator('option:checked')).toHaveText('Sales Qualified Lead');
  await expect(dialog.getByLabel('Currency (EUR, USD, …)')).toHaveValue('4');

  // The mapping is saved under a name.
  const save = dialog.getByRole('form', { name: 'Save this mapping' });
  await save.getByLabel('Save this mapping as').fill('HubSpot deals');
  await save.getByRole('button', { name: 'Save mapping' }).click();
  await expect(save.getByRole('status')).toContainText('Saved “HubSpot deals”', { timeout: 30_000 });

  await dialog.getByRole('button', { name: 'Next: review' }).click();
  const unmapped = dialog.getByRole('region', { name: 'Columns not matched to a field' });
  await expect(unmapped.getByRole('row', { name: 'Pipeline Sales Pipeline' })).toBeVisible();
  await expect(unmapped.getByRole('row', { name: 'Deal owner Sam Rep' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 3 deals' }).click();
  await expect(dialog.getByText('Added 3, updated 0, skipped 0.')).toBeVisible({ timeout: 30_000 });
  await dialog
    .getByRole('button', { name: /Close|Done/ })
    .first()
    .click();

  // On the board: the euro deal in euros; the column total in dollars at 1.1.
  await app.openBoard();
  const sql = board.column('Sales Qualified Lead');
  await expect(board.card('Depot pilot', 'Sales Qualified Lead')).toContainText('€10,000.50', {
    timeout: 30_000,
  });
  await expect(sql.getByTestId('column-total')).toHaveAttribute('data-value', '11000.55');
  // Both associated contacts, with their e-mails, and the description with its line break.
  const workspace = await board.openDeal('Depot pilot');
  await expect(workspace.getByLabel('Notes')).toHaveValue(
    /^Two depots\nthen the rest\n\nImported from HubSpot: /,
  );
  await workspace.getByRole('tab', { name: 'Contacts' }).click();
  await expect(workspace).toContainText('raj@initech.example');
  await expect(workspace).toContainText('lee@initech.example');
  await workspace.getByRole('button', { name: 'Close the deal workspace' }).click();

  // Closed deals arrive closed: one won, one lost → 50 % win rate.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click();
  await page.getByLabel('Period').selectOption('all');
  await expect(page.getByTestId('win-rate')).toHaveText('50%', { timeout: 30_000 });

  // The next file with the same columns is offered the saved mapping.
  await app.openData();
  await page.getByRole('button', { name: 'Import leads from CSV…' }).click();
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(file);
  await dialog.getByRole('button', { name: 'Next: match columns' }).click();
  await dialog.getByRole('button', { name: 'Use “HubSpot deals”' }).click();
  await expect(dialog.getByText('Using your saved mapping “HubSpot deals”.')).toBeVisible();
});

test('export for Pipedrive: deals, people and organizations as files Pipedrive’s importer maps', async ({
  page,
}) => {
  const app = new DataPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  const first = app.column('Lead Generation').locator('[data-deal-id] .card-title').first();
  await expect(first).toBeVisible();
  const title = (await first.textContent())!;
  await app.openData();
  await page.getByLabel('CRM', { exact: true }).selectOption('pipedrive');
  const downloads: { name: string; text: string }[] = [];
  page.on('download', async (d) =>
    downloads.push({ name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') }),
  );
  await page.getByRole('button', { name: 'Export for Pipedrive' }).click();
  await expect(
    page.getByText(
      /^Saved pipedrive-deals\.csv, pipedrive-people\.csv, pipedrive-organizations\.csv \(\d+ deals\) to your downloads\./,
    ),
  ).toBeVisible();
  await expect.poll(() => downloads.length).toBe(3);
  const deals = downloads.find((d) => d.name === 'pipedrive-deals.csv')!;
  const [header, ...rows] = deals.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).toBe(
    'Deal - Title,Deal - Value,Deal - Currency,Deal - Organization,Deal - Contact person,Person - Email,Person - Phone,Person - Job title,Deal - Stage,Deal - Status,Deal - Lost reason,Deal - Expected close date,Deal - Deal closed on,Deal - Source,Note - Content',
  );
  // A deal the board shows is in the file with its stage and status; won deals are there as won.
  expect(rows.find((r) => r.startsWith(`${title},`))).toMatch(/,Lead Generation,open,/);
  expect(rows.some((r) => /,won,/.test(r))).toBe(true);
});
