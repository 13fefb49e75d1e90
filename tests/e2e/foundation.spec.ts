import { expect, test } from '@playwright/test';
import { FieldlineApp } from './app';

test('a lead added on the board survives a reload', async ({ page }) => {
  const app = new FieldlineApp(page);
  await app.open();
  const leadGeneration = app.column('Lead Generation');
  await app.quickAdd({
    title: 'Fleet telematics pilot',
    company: 'Harbor Mobility',
    contact: 'Ingrid Larsen',
    value: 18000,
  });
  await expect(leadGeneration.getByText('Fleet telematics pilot')).toBeVisible();
  await page.reload();
  await expect(app.column('Lead Generation').getByText('Fleet telematics pilot')).toBeVisible();
  await expect(app.column('Lead Generation').getByText('Harbor Mobility')).toBeVisible();
});

test('the app makes no network request outside its own origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  const app = new FieldlineApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  await expect(app.column('Lead Generation').getByRole('listitem').first()).toBeVisible();
  await app.quickAdd({ title: 'Offline check', company: 'Cobalt Labs' });
  await expect(app.column('Lead Generation').getByText('Offline check')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the first-run guide explains stages, leads and reminders, and once dismissed does not come back', async ({
  page,
}) => {
  await page.goto('/');
  const guide = page.getByRole('region', { name: 'Getting started' });
  await expect(guide).toContainText('Stages.');
  await expect(guide).toContainText('Data → Import leads from CSV');
  await expect(guide).toContainText('Follow-ups');
  await guide.getByRole('button', { name: 'Got it, hide this guide' }).click();
  await expect(guide).toHaveCount(0);
  // Focus does not fall to the page when the guide goes.
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await page.reload();
  await expect(page.getByText('Your pipeline is empty.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
});
