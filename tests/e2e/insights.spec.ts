import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const CHARTS = [
  'funnel',
  'conversion',
  'timeInStage',
  'forecast',
  'winRate',
  'lostReasons',
  'sources',
  'activity',
];

interface Column {
  name: string;
  count: number;
  total: number;
}

async function loadSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  await expect(page.locator('section[data-stage-id] [data-testid="column-count"]').first()).not.toHaveText(
    '0',
  );
  await expect(page.getByRole('button', { name: 'Load sample pipeline' })).toHaveCount(0);
}

/** The board's column headers: name, count and exact total (data-value). */
async function boardColumns(page: Page): Promise<Column[]> {
  const columns = page.locator('section[data-stage-id]');
  const out: Column[] = [];
  for (const column of await columns.all()) {
    out.push({
      name: (await column.getAttribute('aria-label')) ?? '',
      count: Number(await column.getByTestId('column-count').textContent()),
      total: Number(await column.getByTestId('column-total').getAttribute('data-value')),
    });
  }
  return out;
}

async function openInsights(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click();
  const root = page.getByRole('region', { name: 'Insights', exact: true });
  await expect(root).toHaveAttribute('data-ready', 'true');
  await expect(root).toHaveAttribute('aria-busy', 'false');
  return root;
}

const card = (page: Page, id: string) => page.locator(`[data-chart="${id}"]`);
const cents = (n: number) => Math.round(n * 100) / 100;

test('with the sample pipeline, every chart draws and the funnel matches the board headers', async ({
  page,
}) => {
  await loadSample(page);
  const columns = await boardColumns(page);
  expect(columns.length).toBeGreaterThan(0);
  expect(columns.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);

  await openInsights(page);
  for (const id of CHARTS) {
    await expect(card(page, id).locator('svg.recharts-surface').first()).toBeVisible();
  }
  // Bars are drawn (not just axes) for the charts the sample always fills.
  for (const id of ['funnel', 'forecast', 'winRate', 'sources', 'activity']) {
    await expect(
      card(page, id).locator('.recharts-bar-rectangle path, .recharts-rectangle').first(),
    ).toBeAttached();
  }

  const funnel = card(page, 'funnel');
  // The tooltip is mounted when the pointer first enters a chart: a hover still shows it.
  await expect(funnel.locator('.recharts-tooltip-wrapper')).toHaveCount(0);
  await funnel.locator('svg.recharts-surface').first().hover();
  await expect(funnel.locator('.recharts-tooltip-wrapper')).toContainText(/Deals.*Value/);
  await funnel.getByRole('button', { name: /^Table/ }).click();
  const table = funnel.getByRole('table', { name: 'Funnel' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(columns.length);
  for (const [i, column] of columns.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('rowheader')).toHaveText(column.name);
    const cells = row.getByRole('cell');
    expect(Number(await cells.nth(0).getAttribute('data-value'))).toBe(column.count);
    expect(cents(Number(await cells.nth(1).getAttribute('data-value')))).toBe(column.total);
  }
});

test('every chart has a table view and exports formula-safe CSV', async ({ page }) => {
  await loadSample(page);
  const columns = await boardColumns(page);
  await openInsights(page);
  for (const id of CHARTS) {
    const c = card(page, id);
    const toggle = c.getByRole('button', { name: /^Table/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(c.getByRole('table')).toBeVisible();
    await expect(c.locator('caption')).not.toBeEmpty();
  }
  // The sources table lists all nine sources.
  await expect(card(page, 'sources').locator('tbody tr')).toHaveCount(9);

  const downloadEvent = page.waitForEvent('download');
  await card(page, 'funnel')
    .getByRole('button', { name: /^Export CSV/ })
    .click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^Fieldline insights - Funnel - \d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Stage,Deals,Value');
  expect(lines.slice(1)).toEqual(columns.map((c) => `${c.name},${c.count},${c.total}`));
});

test('the period selector reloads the period charts; the page has no serious accessibility issue', async ({
  page,
}) => {
  await loadSample(page);
  const root = await openInsights(page);
  const activityRows = async () => {
    const c = card(page, 'activity');
    const toggle = c.getByRole('button', { name: /^Table/ });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    return c.locator('tbody tr').count();
  };
  const ninety = await activityRows();
  // Weekly activity is split by type: a column per type, which add up to each week's total.
  const activity = card(page, 'activity');
  await expect(activity.locator('thead th')).toHaveText([
    'Week',
    'Week starts',
    'Call',
    'E-mail',
    'Meeting',
    'Note',
    'Engagement signal',
    'Activities',
  ]);
  const cells = await activity
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('td, th')].map((c) => Number((c.textContent ?? '').replace(/[^0-9]/g, ''))),
      ),
    );
  for (const row of cells) expect(row.slice(2, 7).reduce((a, b) => a + b, 0)).toBe(row[7]);
  expect(cells.some((row) => row.slice(2, 7).filter((n) => n > 0).length > 1)).toBe(true);
  await page.getByLabel('Period').selectOption('30d');
  await expect(root).toHaveAttribute('data-ready', 'true');
  await expect.poll(activityRows).toBeLessThan(ninety);
  await page.getByLabel('Period').selectOption('all');
  await expect(root).toHaveAttribute('data-ready', 'true');
  await expect.poll(activityRows).toBeGreaterThanOrEqual(ninety);
  // The chart stacks the types, with a legend naming each.
  await activity.getByRole('button', { name: /^Table/ }).click();
  await expect(activity.locator('.insight-legend li')).toHaveText([
    'Call',
    'E-mail',
    'Meeting',
    'Note',
    'Engagement signal',
  ]);

  const results = await new AxeBuilder({ page }).include('section[aria-label="Insights"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
