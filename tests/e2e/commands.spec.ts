import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';

test('app-wide keys: ? lists the shortcuts, / searches the board, Ctrl+K runs a command, fields keep their keys', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({ title: 'Fleet telematics pilot', company: 'Harbor Mobility' });

  // ?: every shortcut on one screen.
  await page.locator('body').focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row')).toHaveCount(10);
  await expect(help.getByRole('row').first()).toHaveText('Ctrl/Cmd + NAdd a lead (quick add)');
  await expect(help.getByRole('row', { name: /Undo the last move/ })).toContainText('Ctrl/Cmd + Z');
  await expect(help.getByRole('row', { name: /Log a call/ })).toContainText('c / e / m / n / s (workspace)');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // /: into the board search; there ? and / are typed, not played.
  await page.keyboard.press('/');
  const search = page.locator('[data-board-search]');
  await expect(search).toBeFocused();
  await page.keyboard.type('?/');
  await expect(search).toHaveValue('?/');
  await expect(help).toBeHidden();
  await search.fill('');

  // Ctrl+K with a deal open: the palette, its commands with their keys, the deal's first.
  await board.openDeal('Fleet telematics pilot');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const options = palette.getByRole('option');
  await expect(options.first()).toHaveText('Mark won: Fleet telematics pilot');
  await expect(palette.getByRole('option', { name: /Close the workspace/ })).toContainText('Esc');
  await palette.getByRole('combobox', { name: 'Search deals and actions' }).fill('undo');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText('Undo the last moveCtrl Z');
  await palette.getByRole('combobox', { name: 'Search deals and actions' }).fill('go follow');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeVisible();
  await expect(board.workspace()).toBeHidden();
});

test('the palette offers only what a deal’s state allows: a lost deal can be reopened, not closed again', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({ title: 'Payroll suite', company: 'Fabrikam' });
  const ws = await board.openDeal('Payroll suite');
  await ws.getByRole('button', { name: 'Mark lost' }).click();
  const close = page.getByRole('dialog', { name: 'Close Payroll suite' });
  await close.getByRole('button', { name: 'Mark lost' }).click();
  await expect(ws.locator('.status')).toHaveText('lost');
  // The workspace and the palette agree: Reopen, and no Mark won / lost / Disqualify.
  await expect(ws.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(ws.getByRole('button', { name: /^Mark (won|lost)$|^Disqualify$/ })).toHaveCount(0);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option').first()).toHaveText('Reopen: Payroll suite');
  await expect(
    palette.getByRole('option', { name: /^(Mark won|Mark lost|Disqualify|Reject SAL):/ }),
  ).toHaveCount(0);
});

test('Ctrl+K straight after adding a lead opens the palette, and the new card does not pull focus out of it', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await page.keyboard.press('Control+n');
  await page.keyboard.type('Fleet telematics pilot');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search deals and actions' });
  await expect(input).toBeFocused({ timeout: 30_000 });
  // The card is on the board now, and focus is still where the rep typed.
  await expect(board.card('Fleet telematics pilot')).toBeVisible();
  await page.keyboard.type('Fleet');
  await expect(input).toHaveValue('Fleet');
  await expect(input).toBeFocused();
});
