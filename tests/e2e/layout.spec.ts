import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';
import { coveredControls, expectNothingCovered, layoutProblems, sidewaysInside } from './layout';

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

test('missed reminders at start-up are one calm banner in the notification tray, worded for inside the app', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  const banner = page.getByRole('region', { name: 'Missed reminders' });
  await expect(banner).toContainText(/follow-ups are (overdue|due)/, LONG);
  // In the tray at the bottom, with the toasts: arriving, it pushes nothing on the board down.
  await expect(
    page.getByRole('region', { name: 'Notifications' }).getByRole('region', { name: 'Missed reminders' }),
  ).toBeVisible();
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

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const)
  for (const colorScheme of ['light', 'dark'] as const)
    test(`every view and dialog fits at ${size.width}×${size.height}, ${colorScheme}: nothing overflows, is cut or covered`, async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport: size, colorScheme });
      const page = await context.newPage();
      const board = new PipelineBoard(page);
      const fits = async (where: string, scope: string) => {
        await expect.poll(() => layoutProblems(page), { message: where, timeout: 20_000 }).toEqual([]);
        await expect
          .poll(() => coveredControls(page, scope), { message: where, timeout: 20_000 })
          .toEqual([]);
        await expect.poll(() => sidewaysInside(page, scope), { message: where, timeout: 20_000 }).toEqual([]);
      };
      const everyTab = async (where: string) => {
        for (const tab of ['Qualification', 'Contacts', 'Timeline', 'Overview']) {
          await board.workspace().getByRole('tab', { name: tab }).click();
          await fits(`${where}, ${tab}`, '.workspace');
        }
      };
      await board.open();
      await page.getByRole('button', { name: 'Load sample pipeline' }).click();
      await expect(board.column('Post-Sale').locator('[data-deal-id]').first()).toBeVisible();
      await fits('board', 'main');
      // Every column header is on screen and whole.
      for (const header of await page.locator('.column-header').all())
        await expect(header).toBeInViewport({ ratio: 1 });

      await board.column('Sales Qualified Lead').locator('[data-deal-id]').first().click();
      await fits('workspace, open deal', '.workspace');
      await everyTab('workspace, open deal');
      await page.getByRole('button', { name: 'Mark won' }).click();
      await fits('close dialog', '[role="dialog"]');
      await page.keyboard.press('Escape');
      await board.workspace().getByRole('button', { name: 'Close the deal workspace' }).click();
      await board.column('Post-Sale').locator('[data-deal-id]').first().click();
      await fits('workspace, won deal', '.workspace');
      await everyTab('workspace, won deal');
      await board.workspace().getByRole('button', { name: 'Close the deal workspace' }).click();
      await page.getByRole('button', { name: 'Add lead' }).click();
      await fits('quick add', '[role="dialog"]');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Fleet');
      await fits('command palette', '[role="dialog"]');
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await fits('keyboard shortcuts', '[role="dialog"]');
      await page.keyboard.press('Escape');

      for (const view of ['Follow-ups', 'People', 'Companies', 'Insights', 'Data', 'Settings']) {
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('button', { name: new RegExp(`^${view}`) })
          .click();
        if (view === 'Insights') await expect(page.locator('[data-ready="true"]')).toBeVisible();
        if (view === 'People' || view === 'Companies') {
          const first = page
            .getByRole('list', { name: new RegExp(`^${view.toLowerCase()}`) })
            .getByRole('button')
            .first();
          await expect(first).toBeVisible();
          await fits(view, 'main');
          await first.click();
          await fits(`${view}: a page`, 'main');
          continue;
        }
        await fits(view, 'main');
      }
      await page.getByRole('button', { name: 'Quota and goals' }).click();
      await fits('settings, quota and goals', 'main');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: /^Insights/ })
        .click();
      await page.getByTestId('my-numbers').locator('[data-figure="weighted"] button').click();
      await fits('my numbers, the deals behind a figure', '[role="dialog"]');
      await page.keyboard.press('Escape');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: /^Follow-ups/ })
        .click();
      await page.getByRole('button', { name: 'New follow-up' }).click();
      await fits('new follow-up', '[role="dialog"]');
      await context.close();
    });

test('every view reflows at 320 CSS px: the page never scrolls sideways (WCAG 1.4.10)', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const board = new PipelineBoard(page);
  const sideways = () =>
    page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
  await board.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  await expect(page.locator('[data-deal-id]').first()).toBeAttached();
  await expect.poll(sideways, { message: 'board' }).toBe(0);
  await page.locator('[data-deal-id]').first().click();
  await expect(board.workspace()).toBeVisible();
  await expect.poll(sideways, { message: 'workspace' }).toBe(0);
  await board.workspace().getByRole('button', { name: 'Close the deal workspace' }).click();
  for (const view of ['Follow-ups', 'People', 'Companies', 'Insights', 'Data', 'Settings']) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: new RegExp(`^${view}`) })
      .click();
    await expect.poll(sideways, { message: view }).toBe(0);
  }
  await context.close();
});

test('an invalid field is marked, tied to its message and focused (New follow-up, quick add)', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /Follow-ups/ })
    .click();
  await page.getByRole('button', { name: 'New follow-up' }).click();
  const dialog = page.getByRole('dialog', { name: 'New follow-up' });
  await dialog.getByRole('button', { name: 'Add follow-up' }).click();
  const deal = dialog.getByRole('combobox', { name: 'Deal', exact: true });
  await expect(deal).toBeFocused();
  await expect(deal).toHaveAttribute('aria-invalid', 'true');
  await expect(deal).toHaveAccessibleDescription('Pick the deal this follow-up belongs to.');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+n');
  const quick = page.getByRole('dialog', { name: 'New lead' });
  await quick.getByLabel('Title').fill('Bad amount');
  await quick.getByLabel('Value').fill('-2+3');
  await quick.getByRole('button', { name: 'Add lead' }).click();
  const value = quick.getByLabel('Value');
  await expect(value).toBeFocused();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(value).toHaveAccessibleDescription('Value "-2+3" is not a number.');
  // Fixed, the mark goes away and the lead is added.
  await value.fill('12,500.50');
  await quick.getByRole('button', { name: 'Add lead' }).click();
  await expect(quick).toBeHidden();
});

test('at 200 % zoom (1280×720 shown at 640×360 CSS px) nothing covers the content of any view', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 640, height: 360 } });
  const page = await context.newPage();
  const board = new PipelineBoard(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  await expect(page.getByRole('region', { name: 'Missed reminders' })).toBeVisible(LONG);
  await expect(page.locator('[data-deal-id]').first()).toBeAttached();
  // Every part of the first screen is in before the covering checks (nothing arriving later
  // moves the board any more: layoutShift.spec.ts).
  await expect(page.getByRole('region', { name: 'My numbers' })).toBeVisible(LONG);
  await expectNothingCovered(page, 'main');
  // The live board, settled, and the missed-reminders toast dismissed before a card is clicked:
  // at this size the first card is scrolled to the bottom edge, where the toast sits, and twice in
  // CI on a loaded machine the click opened nothing (the workspace never came in 30 s; not
  // reproduced locally) — perhaps the toast, changing as reminders were claimed, took the release.
  // The app now gives such a release back to the card pressed (ui/heldClick.ts, heldClick.spec.ts);
  // this test checks what covers what, so it clears the tray first, as a rep would.
  await expect(board.liveBoard()).toBeVisible(LONG);
  const reminders = page.getByRole('region', { name: 'Missed reminders' });
  await reminders.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reminders).toBeHidden(LONG);
  await board.liveBoard().locator('[data-deal-id]').first().click();
  await expect(board.workspace()).toBeVisible(LONG);
  await expectNothingCovered(page, '.workspace');
  await board.workspace().getByRole('button', { name: 'Close the deal workspace' }).click();
  const headings = {
    'Follow-ups': 'Follow-ups',
    Insights: 'Insights',
    Data: 'Your data',
    Settings: 'Settings',
  };
  for (const [view, heading] of Object.entries(headings)) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: new RegExp(`^${view}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible(LONG);
    await expectNothingCovered(page, 'main');
  }
  await context.close();
});
