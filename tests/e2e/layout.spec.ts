import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';
import { expectNothingCovered } from './layout';

const LONG = { timeout: 30_000 };

test.use({ viewport: { width: 1280, height: 720 } });

test('at 1280×720 the notifications (undo, next step) cover no control of the board, the workspace or Settings', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.quickAdd({ title: 'Fleet telematics pilot', company: 'Harbor Mobility', value: 18000 });
  const ws = await board.openDeal('Fleet telematics pilot');
  await board.confirmBant();
  await ws.getByLabel('Agreed to meet an industry / solution specialist').check();
  await expect(ws.getByText('BANT complete.')).toBeVisible(LONG);
  await ws.getByRole('button', { name: 'Close the deal workspace' }).click();
  await board.moveByKeyboard('Fleet telematics pilot', 'Marketing Qualified Lead');
  const tray = page.getByRole('region', { name: 'Notifications' });
  await expect(tray.getByRole('region', { name: 'Last move' })).toBeVisible(LONG);
  await expect(tray.getByRole('region', { name: 'Proposed next step' })).toBeVisible();

  await expectNothingCovered(page, 'main');
  await board.openDeal('Fleet telematics pilot');
  await expectNothingCovered(page, '.workspace');
  for (const tab of ['Qualification', 'Contacts', 'Timeline']) {
    await board.workspace().getByRole('tab', { name: tab }).click();
    await expectNothingCovered(page, '.workspace');
  }
  await board.workspace().getByRole('button', { name: 'Close the deal workspace' }).click();
  await board.openSettings();
  await expectNothingCovered(page, 'main');
  // The tray is still there: it was checked while showing.
  await expect(tray.getByRole('region', { name: 'Last move' })).toBeVisible();
});

test('missed reminders at start-up are one calm banner on the board, worded for inside the app', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  const banner = page.getByRole('region', { name: 'Missed reminders' });
  await expect(banner).toContainText(/follow-ups are (overdue|due)/, LONG);
  await expect(banner).not.toContainText('Open Fieldline');
  await expect(page.locator('.toast', { hasText: 'follow-ups are' })).toHaveCount(0);
  await expectNothingCovered(page, 'main');
  await banner.getByRole('button', { name: 'Show follow-ups' }).click();
  await expect(page.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeVisible(LONG);
  await expect(banner).toHaveCount(0);
});

test('a 3,000-character note keeps the follow-up dialog’s buttons on screen and clickable', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.quickAdd({ title: 'Fleet telematics pilot', company: 'Harbor Mobility' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /Follow-ups/ })
    .click();
  await page.getByRole('button', { name: 'New follow-up' }).click();
  const dialog = page.getByRole('dialog', { name: 'New follow-up' });
  const line = 'Call the CFO about the budget cycle and the pilot scope. ';
  await dialog.getByLabel('Note').fill(line.repeat(Math.ceil(3000 / line.length)).slice(0, 3000));
  const add = dialog.getByRole('button', { name: 'Add follow-up' });
  await expect(add).toBeInViewport({ ratio: 1 });
  await add.click({ trial: true }); // actionable: visible, stable, and nothing on top of it
  await expectNothingCovered(page, '[role="dialog"]');
});
