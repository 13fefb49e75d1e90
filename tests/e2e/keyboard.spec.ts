import { expect, test, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

/** What has focus, in words: never <body>. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.closest('[data-deal-id]')?.getAttribute('data-deal-id')
      ? `card ${el.closest('[data-deal-id]')?.querySelector('.card-title')?.textContent ?? ''}`
      : `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
  });

test('keyboard only: add, open, qualify, log, move, blocked move, close won, handoff, palette, switch views, export — focus never falls to the page', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  const expectFocus = async (what: RegExp) => {
    await expect.poll(() => focused(page)).toMatch(what);
  };

  // Add: Ctrl+N, type, Enter → the new card has focus.
  await page.keyboard.press('Control+n');
  await page.keyboard.type('Fleet telematics pilot');
  await page.keyboard.press('Enter');
  await expectFocus(/^card Fleet telematics pilot$/);

  // Open: Enter → focus is in the workspace; log a call with two keys.
  await page.keyboard.press('Enter');
  await expect(board.workspace()).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.workspace'))).toBe(true);
  // Qualify: the Qualification tab by arrow keys, Budget set from its select.
  await board.workspace().getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await expectFocus(/^button Qualification/);
  await page.keyboard.press('Tab');
  const budget = board.workspace().getByRole('combobox', { name: 'Budget', exact: true });
  await budget.focus();
  await page.keyboard.press('ArrowDown');
  await expect(budget).not.toHaveValue('unknown');
  await expectFocus(/^select Budget/);
  await page.keyboard.press('c');
  await page.keyboard.press('Enter');
  await board.workspace().getByRole('tab', { name: 'Timeline' }).click();
  await expect(board.workspace()).toContainText('Call');
  // Escape: back on the card.
  await page.keyboard.press('Escape');
  await expect(board.workspace()).toBeHidden();
  await expectFocus(/^card Fleet telematics pilot$/);

  // A move: Space, arrows, Space — the moved card keeps focus in its new column.
  await board.moveByKeyboard('Fleet telematics pilot', 'Lead Nurturing');
  await expect(board.card('Fleet telematics pilot', 'Lead Nurturing')).toBeVisible();
  await expectFocus(/^card Fleet telematics pilot$/);

  // A blocked move: Escape from the dialog returns to the card.
  await board.moveByKeyboard('Fleet telematics pilot', 'Marketing Qualified Lead');
  const blocked = page.getByRole('dialog', { name: /cannot move yet/ });
  await expect(blocked).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(blocked).toBeHidden();
  await expectFocus(/^card Fleet telematics pilot$/);

  // Close won from the workspace: after the dialog, focus stays in the workspace.
  await page.keyboard.press('Enter');
  const ws = board.workspace();
  await ws.getByRole('button', { name: 'Mark won' }).focus();
  await page.keyboard.press('Enter');
  const close = page.getByRole('dialog', { name: /^Close / });
  await close.getByLabel('Why did you win it?').selectOption('Relationship and trust');
  await close.getByLabel('Contract value').focus();
  await page.keyboard.type('18000');
  await close.getByRole('button', { name: 'Mark won' }).focus();
  await page.keyboard.press('Enter');
  const blockedWin = page.getByRole('dialog', { name: /cannot move yet/ });
  await blockedWin.getByLabel('Override with a reason').focus();
  await page.keyboard.type('Signed directly by the CFO');
  await blockedWin.getByRole('button', { name: 'Override and move' }).focus();
  await page.keyboard.press('Enter');
  await expect(ws.locator('.status')).toHaveText('won');
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.workspace'))).toBe(true);

  // Handoff: the won deal opens on its checklist; ticking an item keeps focus on it.
  const handoff = ws.getByRole('region', { name: 'Handoff to customer success' });
  await expect(handoff).toBeVisible();
  await handoff.getByRole('button', { name: 'Start handoff checklist' }).focus();
  await page.keyboard.press('Enter');
  await expect(handoff).toContainText(/0 of \d+ items ticked/);
  await expect
    .poll(() => page.evaluate(() => !!document.activeElement?.closest('.handoff-panel')))
    .toBe(true);
  const item = handoff.getByRole('checkbox').first();
  await item.focus();
  await page.keyboard.press('Space');
  await expect(item).toBeChecked();
  await expect(handoff).toContainText(/^.*1 of \d+ items ticked/);
  await expect(item).toBeFocused();
  await page.keyboard.press('Escape');
  await expectFocus(/^card Fleet telematics pilot$/);

  // Palette: Ctrl+K, a few letters, Enter opens the deal; Escape is back on its card.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Fleet');
  await page.keyboard.press('Enter');
  await expect(ws).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.workspace'))).toBe(true);
  await page.keyboard.press('Escape');
  await expectFocus(/^card Fleet telematics pilot$/);

  // Switching views: the new view's heading has focus.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Follow-ups/ })
    .focus();
  await page.keyboard.press('Enter');
  await expectFocus(/^h1 Follow-ups/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).focus();
  await page.keyboard.press('Enter');
  await expectFocus(/^h1 Insights/);

  // Export: Data's heading has focus; the export runs and focus stays on its button.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Data' }).focus();
  await page.keyboard.press('Enter');
  await expectFocus(/^h1 Your data/);
  const exportCsv = page.getByRole('button', { name: 'Export deals (CSV)' });
  await exportCsv.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(exportCsv).toBeFocused();
});

test('loading the sample pipeline and snoozing a follow-up leave focus on the page, not on <body>', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-deal-id]').first()).toBeVisible();
  await expect.poll(() => focused(page)).not.toBe('body');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Follow-ups/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeFocused();
  await expect(page.locator('[data-row-key]').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect.poll(() => focused(page)).not.toMatch(/^(body|h1)/);
  await page.keyboard.press('s');
  const snooze = page.getByRole('dialog', { name: /Snooze/ });
  if (await snooze.count()) {
    await page.keyboard.press('Enter');
    await expect(snooze).toBeHidden();
  }
  await expect.poll(() => focused(page)).not.toBe('body');
});
