import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { FieldlineApp, PipelineBoard } from './app';
import { FollowUps } from './followUpsPage';

// A rep presses something, and before they release, the app changes under the pointer: a
// reminder arrives in the notification tray over it, or another tab's change re-sorts the list.
// The rep did not move: what they pressed is what opens (the browser alone would send the click
// to whatever holds both elements, and nothing would open, or a list's reused row would open
// another record).

const LONG = { timeout: 30_000 };
const HOUR = 3_600_000;

/** The element the browser would give a release at (x, y): its test-readable description. */
const hitAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const hit = document.elementFromPoint(px!, py!);
      return hit?.closest('.tray') ? 'tray' : (hit?.closest('[data-deal-id]')?.textContent ?? 'other');
    },
    [x, y] as const,
  );

const showPeople = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'People' }).click();

/** Two tabs of the app on one profile, both open. */
async function twoTabs(context: BrowserContext) {
  const tabs = [
    new FieldlineApp(await context.newPage()),
    new FieldlineApp(await context.newPage()),
  ] as const;
  for (const tab of tabs) await tab.open();
  return tabs;
}

/** Move the mouse to the middle of `target` and press its button, without releasing it. */
async function pressAndHold(target: Locator) {
  const box = (await target.boundingBox())!;
  await target.page().mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await target.page().mouse.down();
}

test('a card pressed when a reminder arrives in the tray over it still opens when released', async ({
  page,
}) => {
  await page.clock.install();
  const board = new PipelineBoard(page);
  const followUps = new FollowUps(page);
  await board.open();
  await board.quickAdd({ title: 'The pressed deal', company: 'Tidewater Logistics' });
  await board.quickAdd({ title: 'Reminder deal', company: 'Cobalt Labs' });
  await followUps.open();
  const later = await followUps.localInputs(HOUR);
  await followUps.add({
    deal: 'Reminder deal — Cobalt Labs',
    search: 'reminder',
    ...later,
    note: 'Call back',
  });
  await board.showBoard();

  // The window ends 20 px below the pressed card's centre, so the reminder's toast, arriving in
  // the tray at the bottom, lands over the point the rep holds.
  const pressed = board.card('The pressed deal', 'Lead Generation');
  await expect(pressed).toBeVisible(LONG);
  const box = (await pressed.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const width = page.viewportSize()!.width;
  await page.setViewportSize({ width, height: Math.ceil(y + 20) });
  await expect(pressed).toBeInViewport();
  expect(await hitAt(page, x, y)).toContain('The pressed deal');

  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.clock.fastForward(2 * HOUR);
  await expect(page.locator('.toasts .toast', { hasText: 'Reminder deal' })).toBeVisible(LONG);
  // The scenario holds: the release now lands on the tray, not on the card.
  await expect.poll(() => hitAt(page, x, y), LONG).toBe('tray');
  await page.mouse.up();

  await expect(board.workspace().getByRole('heading', { name: 'The pressed deal' })).toBeVisible(LONG);
});

test('a person pressed while another tab’s new contact sorts above them opens, not the one now under the pointer', async ({
  context,
}) => {
  const [first, second] = await twoTabs(context);
  await first.quickAdd({ title: 'Pilot', company: 'Ironbark Capital', contact: 'Maria Lopez' });
  await showPeople(first.page);
  const rows = first.page.locator('.directory-row');
  const maria = rows.filter({ hasText: 'Maria Lopez' });
  await expect(maria).toBeVisible(LONG);
  await expect(rows.first()).toContainText('Maria Lopez');

  await pressAndHold(maria);
  // While the button is held, a contact from the other tab sorts above Maria, under the pointer.
  await second.quickAdd({ title: 'Audit', company: 'Cobalt Labs', contact: 'Aaron Abbott' });
  await expect(rows.first()).toContainText('Aaron Abbott', LONG);
  await first.page.mouse.up();

  await expect(first.page.getByRole('heading', { level: 1, name: 'Maria Lopez' })).toBeVisible(LONG);
});

test('a person pressed while another tab’s rename moves their row in the page opens when released', async ({
  context,
}) => {
  const [first, second] = await twoTabs(context);
  for (const [title, contact] of [
    ['Audit', 'Bea Brandt'],
    ['Pilot', 'Maria Lopez'],
    ['Rollout', 'Zoe Zimmer'],
  ] as const)
    await first.quickAdd({ title, company: 'Ironbark Capital', contact });
  await showPeople(first.page);
  const rows = first.page.locator('.directory-row');
  await expect(rows).toHaveText([/Bea Brandt/, /Maria Lopez/, /Zoe Zimmer/], LONG);

  const maria = rows.filter({ hasText: 'Maria Lopez' });
  await pressAndHold(maria);
  // While the button is held, the other tab renames Zoe so she sorts first: the list re-orders
  // by moving the other rows' elements, Maria's among them, and the browser sends no click.
  await showPeople(second.page);
  await second.page.locator('.directory-row', { hasText: 'Zoe Zimmer' }).click();
  await second.page.getByLabel('Name', { exact: true }).fill('Aaron Zimmer');
  await second.page.getByRole('button', { name: 'Save person' }).click();
  await expect(rows).toHaveText([/Aaron Zimmer/, /Bea Brandt/, /Maria Lopez/], LONG);
  await first.page.mouse.up();

  await expect(first.page.getByRole('heading', { level: 1, name: 'Maria Lopez' })).toBeVisible(LONG);
});
