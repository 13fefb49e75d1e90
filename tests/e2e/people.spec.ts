import { expect, test, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

const LONG = { timeout: 30_000 };

const nav = (page: Page, view: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view, exact: true }).click();

test('a person is found from the palette; their company lists its people and deals; an edit shows on every deal', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  // The same person on two deals (the second time in other letters) is one person.
  await board.quickAdd({
    title: 'Pilot',
    company: 'Ironbark Capital',
    contact: 'Maria Lopez',
    email: 'maria@ironbark.example',
  });
  await board.quickAdd({
    title: 'Rollout',
    company: 'Ironbark Capital',
    contact: 'Maria Lopez',
    email: 'MARIA@ironbark.example',
  });

  // Once the quick add has settled (its card has focus), Ctrl+K opens the palette.
  await expect(board.card('Rollout')).toBeFocused(LONG);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible(LONG);
  await page.keyboard.type('Maria');
  const option = page.getByRole('option', { name: /^Maria Lopez\s*Person · Ironbark Capital/ });
  await expect(option).toBeVisible(LONG);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Maria Lopez' });
  await expect(heading).toBeFocused(LONG);
  const deals = page.getByRole('region', { name: 'Deals (2)' });
  await expect(deals.getByRole('button', { name: /Pilot/ })).toBeVisible();
  await expect(deals.getByRole('button', { name: /Rollout/ })).toBeVisible();

  // Edited once, shown on both deals.
  await page.getByLabel('Job title').fill('CFO');
  await page.getByRole('button', { name: 'Save person' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible(LONG);
  for (const title of ['Pilot', 'Rollout']) {
    await deals.getByRole('button', { name: new RegExp(title) }).click();
    const ws = board.workspace();
    await ws.getByRole('tab', { name: 'Contacts' }).click();
    await expect(ws.getByText('CFO').or(ws.locator('input[value="CFO"]'))).toBeVisible(LONG);
    await ws.getByRole('button', { name: 'Close the deal workspace' }).click();
  }

  // Their company: its people, its open deals.
  await page.getByRole('button', { name: 'Ironbark Capital' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ironbark Capital' })).toBeVisible(LONG);
  await expect(
    page.getByRole('region', { name: 'People (1)' }).getByRole('button', { name: /Maria Lopez/ }),
  ).toBeVisible();
  const open = page.getByRole('region', { name: 'Open deals' });
  await expect(open.getByRole('button', { name: /Pilot/ })).toBeVisible();
  await expect(open.getByRole('button', { name: /Rollout/ })).toBeVisible();

  // The People list: searchable, one row for Maria.
  await nav(page, 'People');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByLabel('Search people').fill('ironbark');
  await expect(page.getByRole('list', { name: /^people/ }).getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('list', { name: /^people/ }).getByRole('button')).toContainText('Maria Lopez');
});

test('two records of one person are merged side by side, choosing fields, and the merge is undone', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.quickAdd({
    title: 'Pilot',
    company: 'Ironbark Capital',
    contact: 'Maria Lopez',
    email: 'maria@ironbark.example',
  });
  await board.quickAdd({
    title: 'Rollout',
    company: 'Ironbark Capital',
    contact: 'M. Lopez',
    email: 'mlopez@ironbark.example',
  });
  await nav(page, 'People');
  const rows = page.getByRole('list', { name: /^people/ }).getByRole('button');
  await expect(rows).toHaveCount(2, LONG);

  await page.getByRole('button', { name: 'Find duplicates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Possible duplicates' });
  await dialog.getByRole('button', { name: /Maria Lopez and M. Lopez/ }).click();
  const merge = page.getByRole('dialog', { name: 'Merge two people' });
  // Keep the older record's name, take the newer e-mail.
  await merge.getByRole('radio', { name: 'mlopez@ironbark.example' }).check();
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await expect(rows).toHaveCount(1, LONG);
  await expect(rows).toContainText('Maria Lopez');
  await expect(rows).toContainText('mlopez@ironbark.example');
  await rows.click();
  await expect(page.getByRole('region', { name: 'Deals (2)' })).toBeVisible(LONG);

  await nav(page, 'People');
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2, LONG);
  await expect(rows.filter({ hasText: 'M. Lopez' })).toContainText('mlopez@ironbark.example');
  await expect(rows.filter({ hasText: 'Maria Lopez' })).toContainText('maria@ironbark.example');
});
