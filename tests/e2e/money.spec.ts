import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';

const LONG = { timeout: 30_000 };

test('money shows in the home currency set in Settings, on the board and in the workspace', async ({
  page,
}) => {
  const app = new PipelineBoard(page);
  await app.open();
  await app.quickAdd({ title: 'Euro deal', company: 'Granite Energy', value: 12500 });
  const card = app.column('Lead Generation').getByRole('button', { name: /Euro deal/ });
  await expect(card).toContainText('$12,500', LONG);
  await app.setCurrency('eur');
  await app.showBoard();
  await expect(card).toContainText('€12,500', LONG);
  await expect(card).not.toContainText('$');
  const workspace = await app.openDeal('Euro deal');
  await expect(workspace).toContainText('€12,500', LONG);
});

test("a deal in another currency shows in it, counts in totals at the rep's rate, and is flagged without one", async ({
  page,
}) => {
  const app = new PipelineBoard(page);
  await app.open();
  await app.quickAdd({ title: 'Home deal', value: 1000 });
  await app.quickAdd({ title: 'Zurich deal', value: 2000 });
  const lead = app.column('Lead Generation');
  await expect(lead.getByTestId('column-total')).toHaveAttribute('data-value', '3000', LONG);

  // The deal is in Swiss francs: chosen in the workspace.
  const workspace = await app.openDeal('Zurich deal');
  const details = workspace.getByRole('form', { name: 'Deal details' });
  await details.getByLabel('Currency').fill('chf');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Saved', LONG);
  await expect(workspace).toContainText('no CHF rate: left out of totals', LONG);
  await workspace.getByRole('button', { name: 'Close the deal workspace' }).click();
  await expect(workspace).toBeHidden(LONG);

  // No rate yet: shown in francs, flagged, and left out of the column's total.
  const zurich = app.card('Zurich deal', 'Lead Generation');
  await expect(zurich).toContainText('CHF', LONG);
  await expect(zurich).toContainText('No CHF rate');
  await expect(lead.getByTestId('column-total')).toHaveAttribute('data-value', '1000', LONG);
  await expect(lead.getByTestId('column-unconverted')).toContainText('1 not in total');
  await expect(lead.getByTestId('column-count')).toHaveText('2');

  // Insights names it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click();
  await expect(page.getByTestId('unconverted-notice')).toContainText('Zurich deal (CHF)', LONG);

  // With a rate, the francs count in dollars: 1,000 + 2,000 × 1.25.
  await app.setCurrency('USD', { CHF: '1.25' });
  await app.showBoard();
  await expect(lead.getByTestId('column-total')).toHaveAttribute('data-value', '3500', LONG);
  await expect(lead.getByTestId('column-unconverted')).toHaveCount(0);
  await expect(zurich).not.toContainText('No CHF rate');
  await app.openDeal('Zurich deal');
  await expect(app.workspace()).toContainText('≈ $2,500', LONG);
});

test('quick add takes an amount as a rep types it, with thousands separators and cents', async ({ page }) => {
  const app = new PipelineBoard(page);
  await app.open();
  await page.getByRole('button', { name: 'Add lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog.getByLabel('Title').fill('Cents deal');
  await dialog.getByLabel('Value').fill('12,500.50');
  await dialog.getByRole('button', { name: 'Add lead' }).click();
  await expect(dialog).toBeHidden(LONG);
  await expect(app.column('Lead Generation').getByRole('button', { name: /Cents deal/ })).toContainText(
    '$12,500.50',
    LONG,
  );
  // Text that is not an amount is refused with the reason, and nothing is added.
  await page.getByRole('button', { name: 'Add lead' }).click();
  await dialog.getByLabel('Title').fill('Bad amount');
  await dialog.getByLabel('Value').fill('-2+3');
  await dialog.getByRole('button', { name: 'Add lead' }).click();
  await expect(dialog.getByText('Value "-2+3" is not a number.')).toBeVisible(LONG);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Bad amount')).toHaveCount(0);
});
