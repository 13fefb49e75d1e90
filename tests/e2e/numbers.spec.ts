import { expect, test, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

const LONG = { timeout: 30_000 };

/** Today in the page's own time zone, as a date input takes it. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

async function saveDetails(app: PipelineBoard, title: string, fields: Record<string, string>) {
  const workspace = await app.openDeal(title);
  const details = workspace.getByRole('form', { name: 'Deal details' });
  for (const [label, value] of Object.entries(fields)) await details.getByLabel(label).fill(value);
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Saved', LONG);
  await workspace.getByRole('button', { name: 'Close the deal workspace' }).click();
  await expect(workspace).toBeHidden(LONG);
}

async function setGoals(
  app: PipelineBoard,
  goals: { period: 'Month' | 'Quarter'; quota: string; weekly: string },
) {
  await app.openSettings();
  await app.page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: 'Quota and goals' })
    .click();
  const form = app.page.getByRole('form', { name: 'Quota and goals' });
  await form.getByRole('radio', { name: goals.period }).check();
  await form.getByLabel(/^Quota per period/).fill(goals.quota);
  await form.getByLabel(/^Weekly activity goal/).fill(goals.weekly);
  await form.getByRole('button', { name: 'Save goals' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved', LONG);
}

async function openInsights(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click();
  const panel = page.getByTestId('my-numbers');
  await expect(panel).toHaveAttribute('data-loaded', 'true', LONG);
  return panel;
}

test('set a quota, and coverage follows a deal’s value; every figure opens its deals', async ({ page }) => {
  const app = new PipelineBoard(page);
  await app.open();
  await app.quickAdd({ title: 'Fleet telematics pilot', company: 'Harbor Mobility', value: 40000 });
  await app.quickAdd({ title: 'Depot sensors', company: 'Granite Energy', value: 5000 });
  // Closing this month at 50 %: weighted 20,000.
  await saveDetails(app, 'Fleet telematics pilot', {
    'Expected close': await today(page),
    'Probability override (%)': '50',
  });
  await setGoals(app, { period: 'Month', quota: '100,000', weekly: '4' });

  const panel = await openInsights(page);
  const coverageValue = panel.locator('[data-figure="coverage"] .figure-value');
  const coverage = panel.locator('[data-figure="coverage"]');
  await expect(panel.locator('[data-figure="weighted"]')).toContainText('$20,000', LONG);
  await expect(panel.locator('[data-figure="gap"]')).toContainText('$100,000');
  await expect(coverageValue).toHaveText('0.2× (rule of thumb 3×)');
  await expect(coverage).toContainText('Below the 3× rule of thumb');

  // The rep raises the value: 400,000 × 50 % = 200,000 against 100,000 left → 2×.
  await app.showBoard();
  await saveDetails(app, 'Fleet telematics pilot', { Value: '400000' });
  await openInsights(page);
  await expect(panel.locator('[data-figure="weighted"]')).toContainText('$200,000', LONG);
  await expect(coverageValue).toHaveText('2× (rule of thumb 3×)', LONG);
  // 600,000 → 3×: the rule of thumb is met, and marked so.
  await app.showBoard();
  await saveDetails(app, 'Fleet telematics pilot', { Value: '600000' });
  await openInsights(page);
  await expect(coverageValue).toHaveText('3× (rule of thumb 3×)', LONG);
  await expect(coverage).toContainText('Meets the 3× rule of thumb');
  await expect(coverage).toHaveClass(/good/);

  // Each figure says how many deals are behind it; their list is asked for when it opens.
  await expect(coverage.getByRole('button')).toContainText('show its deal');
  await panel.locator('[data-figure="won"] button').click();
  const wonDeals = page.getByRole('dialog', { name: /^Won:/ });
  await expect(wonDeals).toContainText('No deals are behind this figure yet.', LONG);
  await page.keyboard.press('Escape');
  await expect(wonDeals).toBeHidden(LONG);

  // Coverage opens the deals behind it, from the keyboard; a deal opens its workspace.
  await coverage.getByRole('button').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Coverage:/ });
  await expect(dialog).toBeVisible(LONG);
  const deals = dialog.getByRole('list', { name: 'Deals behind Coverage' }).getByRole('button');
  await expect(deals).toHaveCount(1);
  await expect(deals.first()).toContainText('Fleet telematics pilot');
  await expect(deals.first()).toContainText('$300,000');
  await expect(deals.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden(LONG);
  await expect(page.getByRole('region', { name: 'Deal: Fleet telematics pilot' })).toBeVisible(LONG);
  await app.workspace().getByRole('button', { name: 'Close the deal workspace' }).click();

  // The board's strip: the same figures in one line; the weighted pipeline opens its deal.
  await app.showBoard();
  const strip = page.getByRole('region', { name: 'My numbers' });
  await expect(strip.locator('[data-figure="coverage"]')).toContainText('3× / 3×', LONG);
  const weighted = strip.locator('[data-figure="weighted"]');
  await expect(weighted).toContainText('$300K');
  const stripBox = await strip.boundingBox();
  const buttonBox = await weighted.boundingBox();
  expect(stripBox && buttonBox && stripBox.height < buttonBox.height * 2).toBe(true);
  await weighted.click();
  const weightedDeals = page.getByRole('dialog', { name: /^Weighted pipeline:/ });
  await weightedDeals.getByRole('button', { name: /Fleet telematics pilot/ }).click();
  await expect(page.getByRole('region', { name: 'Deal: Fleet telematics pilot' })).toBeVisible(LONG);

  // Touches this week are measured against the weekly goal.
  await app.workspace().getByRole('button', { name: 'Close the deal workspace' }).click();
  await expect(strip.locator('[data-figure="activity"]')).toContainText('/ 4', LONG);
});
