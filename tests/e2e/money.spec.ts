import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';

const LONG = { timeout: 30_000 };

test('money shows in the home currency from Settings on the board and in the workspace', async ({ page }) => {
  const app = new PipelineBoard(page);
  await page.goto('/?bench');
  await expect(page.getByRole('region', { name: /board/i })).toBeVisible(LONG);
  await page.waitForFunction(() => Boolean((window as { fieldlineBench?: unknown }).fieldlineBench));
  await app.quickAdd({ title: 'Euro deal', company: 'Granite Energy', value: 12500 });
  const card = app.column('Lead Generation').getByRole('button', { name: /Euro deal/ });
  await expect(card).toContainText('$12,500', LONG);
  // The rep's home currency changes (the store is the same one the page uses).
  await page.evaluate(async () => {
    const bench = (
      window as unknown as { fieldlineBench: { store: { call(m: string, i: unknown): Promise<unknown> } } }
    ).fieldlineBench;
    await bench.store.call('settings.update', { patch: { currency: 'EUR' } });
  });
  await expect(card).toContainText('€12,500', LONG);
  await expect(card).not.toContainText('$');
  const workspace = await app.openDeal('Euro deal');
  await expect(workspace).toContainText('€12,500', LONG);
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
