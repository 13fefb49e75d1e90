import { expect, test, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

const LONG = { timeout: 30_000 };

/** A click on a view's button in the main navigation. */
const go = (page: Page, view: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();

/**
 * From now on, notes whether the pipeline board shows anything but itself: its "Loading the
 * board…" line, or the board marked busy (a picture, or a board still arriving in pages).
 */
const watchForLoading = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { sawLoading: string[]; loadingWatch?: MutationObserver };
    w.loadingWatch?.disconnect();
    w.sawLoading = [];
    const look = () => {
      const main = document.querySelector('main');
      if (main?.textContent?.includes('Loading the board')) w.sawLoading.push('loading line');
      if (document.querySelector('section.board[aria-busy="true"]')) w.sawLoading.push('busy board');
    };
    w.loadingWatch = new MutationObserver(look);
    w.loadingWatch.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
const sawLoading = (page: Page) =>
  page.evaluate(() => (window as unknown as { sawLoading: string[] }).sawLoading);

test('back on the board from another view, the rep finds it as it was left, at once', async ({ page }) => {
  const app = new PipelineBoard(page);
  await app.open();
  await app.loadSampleWithSnapshot();
  const search = page.getByRole('searchbox', { name: 'Search deals' });
  await search.fill('a');
  const lead = app.column('Lead Generation');
  const cards = await lead.locator('[data-deal-id]').count();
  expect(cards).toBeGreaterThan(0);

  for (const view of ['Follow-ups', 'Insights', 'People']) {
    await go(page, view);
    await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible(LONG);
    // Hidden while away: no card of it can be reached by the keyboard or a screen reader.
    await expect(page.getByRole('region', { name: /board/i })).toBeHidden();
    await watchForLoading(page);
    await go(page, 'Pipeline');
    // The board as it was: the same search, the same cards, live — never reloaded behind a
    // "Loading" line or drawn busy while its pages come in again.
    await expect(lead.locator('[data-deal-id]')).toHaveCount(cards);
    await expect(search).toHaveValue('a');
    expect(await sawLoading(page)).toEqual([]);
  }
});

test('a lead added from another view is found and focused on the board when the rep goes back', async ({
  page,
}) => {
  const app = new PipelineBoard(page);
  await app.open();
  await app.loadSampleWithSnapshot();
  await go(page, 'Follow-ups');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible(LONG);
  // Ctrl+N adds a lead from anywhere in the app.
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog.getByLabel('Title').fill('Added while away');
  await dialog.getByRole('button', { name: 'Add lead' }).click();
  await expect(dialog).toBeHidden();
  // Still on Follow-ups: the new card is not focused behind the rep's back. The rep stays a
  // while — longer than the 10 s the quick add itself waits to focus the card once shown — so
  // what finds it on the return is the board's own highlight.
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await page.waitForTimeout(11_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await go(page, 'Pipeline');
  await expect(app.card('Added while away', 'Lead Generation')).toBeFocused(LONG);
});
