import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';

test('a rep takes a lead to MQL: blocked, fixed, moved, undone, moved by keyboard, kept on reload', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await expect(page.getByText('Your pipeline is empty.')).toBeVisible();

  // Quick add (Ctrl+N) lands the lead in the first stage.
  await board.addLead({
    title: 'Fleet telematics pilot',
    company: 'Harbor Mobility',
    contact: 'Ingrid Larsen',
    source: 'SaaS trial sign-up',
    value: 18000,
  });
  await expect(board.card('Fleet telematics pilot', 'Lead Generation')).toBeVisible();
  await expect(board.column('Lead Generation').getByTestId('column-count')).toHaveText('1');
  await expect(board.column('Lead Generation').getByTestId('column-total')).toHaveAttribute(
    'data-value',
    '18000',
  );

  // Drag to MQL with BANT incomplete: blocked, the reason is shown, the card stays.
  await board.drag('Fleet telematics pilot', 'Marketing Qualified Lead');
  const blocked = page.getByRole('dialog', { name: /cannot move yet/ });
  await expect(blocked).toBeVisible();
  await expect(blocked).toContainText('BANT is not complete');
  await expect(blocked).toContainText('has not agreed to meet an industry or solution specialist');
  await expect(board.card('Fleet telematics pilot', 'Lead Generation')).toBeVisible();

  // The fix opens the BANT editor in the workspace.
  await blocked.getByRole('button', { name: /^Confirm budget/ }).click();
  const ws = board.workspace();
  await expect(ws.getByRole('tab', { name: 'Qualification' })).toHaveAttribute('aria-selected', 'true');
  await board.confirmBant();
  await ws.getByLabel('Agreed to meet an industry / solution specialist').check();
  await expect(ws.getByText('BANT complete.')).toBeVisible();
  await expect(ws.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ws).toBeHidden();

  // Drag again: it moves, and the engine proposes the next step.
  await board.drag('Fleet telematics pilot', 'Marketing Qualified Lead');
  await expect(board.card('Fleet telematics pilot', 'Marketing Qualified Lead')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Proposed next step' })).toContainText('Call within 48 h');
  await expect(board.card('Fleet telematics pilot', 'Marketing Qualified Lead')).toContainText('untouched');

  // Undo puts it back.
  await page.getByRole('region', { name: 'Last move' }).getByRole('button', { name: 'Undo' }).click();
  await expect(board.card('Fleet telematics pilot', 'Lead Generation')).toBeVisible();
  await expect(board.column('Marketing Qualified Lead').getByTestId('column-count')).toHaveText('0');

  // Keyboard only: Space, arrows to MQL, Space.
  await board.moveByKeyboard('Fleet telematics pilot', 'Marketing Qualified Lead');
  await expect(board.card('Fleet telematics pilot', 'Marketing Qualified Lead')).toBeVisible();
  await page
    .getByRole('region', { name: 'Proposed next step' })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(page.getByRole('region', { name: 'Proposed next step' })).toBeHidden();
  await expect(board.card('Fleet telematics pilot', 'Marketing Qualified Lead')).toHaveAttribute(
    'data-next-step',
    /today|scheduled/,
  );

  // Reload: the state is kept.
  await page.reload();
  await expect(board.card('Fleet telematics pilot', 'Marketing Qualified Lead')).toBeVisible();
  const again = await board.openDeal('Fleet telematics pilot');
  await again.getByRole('tab', { name: 'Qualification' }).click();
  await expect(again.getByRole('group', { name: 'BANT' }).getByLabel('Budget', { exact: true })).toHaveValue(
    'confirmed',
  );
  await again.getByRole('tab', { name: 'Timeline' }).click();
  await expect(again.getByRole('region', { name: 'Timeline' })).toContainText(
    'Moved from Lead Generation to Marketing Qualified Lead',
  );
});

test('a move back asks for a reason; Escape cancels a keyboard drag', async ({ page }) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({ title: 'Warehouse scanners', company: 'Dockside' });
  await board.moveByKeyboard('Warehouse scanners', 'Lead Nurturing');
  await expect(board.card('Warehouse scanners', 'Lead Nurturing')).toBeVisible();
  await board.moveByKeyboard('Warehouse scanners', 'Lead Generation', 'left');
  const ask = page.getByRole('dialog', { name: 'Why?' });
  await expect(ask).toBeVisible();
  await ask.getByLabel('Reason').fill('They restarted the evaluation');
  await ask.getByRole('button', { name: 'Move' }).click();
  await expect(board.card('Warehouse scanners', 'Lead Generation')).toBeVisible();

  await board.card('Warehouse scanners').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(board.card('Warehouse scanners', 'Lead Generation')).toBeVisible();
});

test('filters and search find the right cards', async ({ page }) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({
    title: 'Fleet telematics pilot',
    company: 'Harbor Mobility',
    source: 'SaaS trial sign-up',
    value: 18000,
  });
  await board.addLead({
    title: 'CRM migration',
    company: 'Cobalt Labs',
    source: 'Partner referral',
    value: 42000,
  });
  await board.addLead({
    title: 'Analytics rollout',
    company: 'Northwind',
    contact: 'Priya Patel',
    source: 'Event attendee',
  });
  const filters = board.filters();

  await filters.getByLabel('Search deals').fill('cobalt');
  await expect(board.card('CRM migration')).toBeVisible();
  await expect(board.card('Fleet telematics pilot')).toHaveCount(0);
  await expect(board.column('Lead Generation').getByTestId('column-count')).toHaveText('1');
  await filters.getByLabel('Search deals').fill('priya');
  await expect(board.card('Analytics rollout')).toBeVisible();
  await expect(board.card('CRM migration')).toHaveCount(0);
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  await filters.getByLabel('Source').selectOption({ label: 'SaaS trial sign-up' });
  await expect(board.card('Fleet telematics pilot')).toBeVisible();
  await expect(board.card('Analytics rollout')).toHaveCount(0);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(board.column('Lead Generation').getByTestId('column-count')).toHaveText('3');

  // Sorting by value puts the biggest deal first.
  await board.column('Lead Generation').getByLabel('Sort Lead Generation by').selectOption('value');
  await expect(board.column('Lead Generation').locator('[data-deal-id]').first()).toContainText(
    'CRM migration',
  );

  // The sample pipeline: stale-only and score filters keep only matching cards.
  await page.getByRole('button', { name: 'Commands' }).click();
  await page.getByRole('combobox', { name: 'Search deals and actions' }).fill('sample');
  await page.keyboard.press('Enter');
  await expect(board.column('Sales Qualified Lead').locator('[data-deal-id]').first()).toBeVisible();
  await filters.getByLabel('Stale only').check();
  const cards = page.locator('[data-deal-id]');
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card.getByText('Stale', { exact: true })).toBeVisible();
  await filters.getByLabel('Stale only').uncheck();
  await filters.getByLabel('Minimum score').fill('40');
  await expect(page.getByRole('search').getByRole('status')).toContainText('of');
  for (const badge of await page.locator('[data-deal-id] .score-badge').all()) {
    expect(Number((await badge.innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(40);
  }
  await filters.getByLabel('No next step').check();
  for (const card of await cards.all()) await expect(card).toHaveAttribute('data-next-step', 'none');
});
