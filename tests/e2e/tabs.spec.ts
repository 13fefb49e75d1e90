import { expect, test } from '@playwright/test';
import { FieldlineApp } from './app';

const LONG = { timeout: 30_000 };

test('two tabs on one profile see each other’s changes without a reload', async ({ context }) => {
  const first = new FieldlineApp(await context.newPage());
  const second = new FieldlineApp(await context.newPage());
  await first.open();
  await second.open();
  await first.quickAdd({ title: 'Seen in both tabs', company: 'Tidewater Logistics' });
  await expect(second.column('Lead Generation').getByText('Seen in both tabs')).toBeVisible(LONG);
  await second.quickAdd({ title: 'And back again', company: 'Cobalt Labs' });
  await expect(first.column('Lead Generation').getByText('And back again')).toBeVisible(LONG);
});
