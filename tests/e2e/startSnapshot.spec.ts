import { expect, test, type Locator, type Page } from '@playwright/test';
import { FieldlineApp, SNAPSHOT_KEY } from './app';
import { damageDatabase } from './damagedDatabase';

/** The ids of the cards a column has on screen, top to bottom. */
const cardIds = (column: Locator) =>
  column.locator('[data-deal-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-deal-id')));

/** The ids of the cards inside a column's list viewport, top to bottom: what the rep sees of it. */
const cardIdsInView = (column: Locator) =>
  column.locator('.cards-scroll').evaluate((list) => {
    const view = list.getBoundingClientRect();
    return [...list.querySelectorAll('[data-deal-id]')]
      .filter((card) => {
        const box = card.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      })
      .map((card) => card.getAttribute('data-deal-id'));
  });

const counts = (page: Page) => page.getByTestId('column-count').allTextContents();

/** Load the sample and wait until its board's snapshot is stored; the Lead Generation column. */
async function sampleWithSnapshot(page: Page) {
  const app = new FieldlineApp(page);
  await app.open();
  await app.loadSampleWithSnapshot();
  // The column whichever board holds it: the snapshot's, then the live one.
  return page.getByRole('region', { name: 'Lead Generation', exact: true });
}

test('start-up paints the last board seen before the store answers, then the live board takes its place', async ({
  page,
}) => {
  const lead = await sampleWithSnapshot(page);
  const liveIds = await cardIds(lead);
  const liveInView = await cardIdsInView(lead);
  const liveCounts = await counts(page);
  expect(liveInView.length).toBeGreaterThan(0);

  // Every text the first screens show, from the very first node: a bare spinner must never be one.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenTexts: string[] }).seenTexts = seen;
    new MutationObserver(() => {
      const text = document.body?.innerText ?? '';
      if (/Opening your data|Loading the board/.test(text)) seen.push(text.slice(0, 80));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  // The store host cannot answer until the test lets its script load (the app is unchanged).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/store-worker*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();

  const board = page.getByRole('region', { name: /board$/ });
  await expect(board).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Updating…' })).toBeVisible();
  await expect(lead.locator('[data-deal-id]').first()).toBeVisible();
  // The cards in view drawn in place (the live board's banners may hide one more at the bottom);
  // below the view the picture draws fewer: the first of the live board's.
  expect((await cardIdsInView(lead)).slice(0, liveInView.length)).toEqual(liveInView);
  const pictured = await cardIds(lead);
  expect(liveIds.slice(0, pictured.length)).toEqual(pictured);
  expect(await counts(page)).toEqual(liveCounts);
  const before = await lead.locator('[data-deal-id]').first().boundingBox();

  release();
  await expect(board).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByText('Updating…')).toHaveCount(0);
  expect(await cardIds(lead)).toEqual(liveIds);
  expect(await counts(page)).toEqual(liveCounts);
  // Swapped in place: the card did not move.
  expect(await lead.locator('[data-deal-id]').first().boundingBox()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts)).toEqual([]);
});

test('a corrupt snapshot is ignored: the app starts as it always did', async ({ page }) => {
  const app = new FieldlineApp(page);
  await app.open();
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"cards":[{"id":'), SNAPSHOT_KEY);
  await page.reload();
  await expect(page.getByText('Your pipeline is empty.')).toBeVisible();
  await expect(page.getByRole('region', { name: /board$/ })).not.toHaveAttribute('aria-busy', 'true');
});

test('a database that cannot be opened shows the recovery screen, not the last board seen', async ({
  page,
}) => {
  await sampleWithSnapshot(page);
  await damageDatabase(page);
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Fieldline could not open your data', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: /board$/ })).toHaveCount(0);
  await expect(page.locator('[data-deal-id]')).toHaveCount(0);
});
