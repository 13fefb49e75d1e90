import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

/** WCAG 2.2 AA, every impact: what axe finds on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

const nav = (page: Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

for (const colorScheme of ['light', 'dark'] as const)
  test(`every view and dialog meets WCAG 2.2 AA by axe, ${colorScheme}`, async ({ browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const board = new PipelineBoard(page);
    const check = async (where: string) => expect(await violations(page), where).toEqual([]);
    await board.open();
    await check('empty board');
    await page.getByRole('button', { name: 'Load sample pipeline' }).click();
    await expect(board.column('Sales Qualified Lead').locator('[data-deal-id]').first()).toBeVisible();
    await check('board');

    await board.column('Sales Qualified Lead').locator('[data-deal-id]').first().click();
    const ws = board.workspace();
    for (const tab of ['Overview', 'Qualification', 'Guidance', 'Timeline', 'Contacts']) {
      await ws.getByRole('tab', { name: tab }).click();
      await check(`workspace ${tab}`);
    }
    await ws.getByRole('tab', { name: 'Overview' }).click();
    await ws.getByRole('button', { name: 'Mark won' }).click();
    await expect(page.getByRole('dialog', { name: /^Close / })).toBeVisible();
    await check('close dialog');
    await page.keyboard.press('Escape');
    await ws.getByRole('button', { name: 'Close the deal workspace' }).click();

    await page.getByRole('button', { name: 'Add lead' }).click();
    await expect(page.getByRole('dialog', { name: 'New lead' })).toBeVisible();
    await check('quick add');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await check('command palette');
    await page.keyboard.press('Escape');

    await nav(page, /Follow-ups/);
    await expect(page.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeVisible();
    await check('follow-ups');
    await page.getByRole('button', { name: 'New follow-up' }).click();
    await check('new follow-up');
    await page.keyboard.press('Escape');

    await nav(page, 'People');
    await expect(
      page
        .getByRole('list', { name: /^people/ })
        .getByRole('button')
        .first(),
    ).toBeVisible();
    await check('people');
    await page
      .getByRole('list', { name: /^people/ })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('region', { name: /^Deals \(/ })).toBeVisible();
    await check('person page');
    await nav(page, 'People');
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    await expect(page.getByRole('dialog', { name: 'Possible duplicates' })).toBeVisible();
    await expect(page.getByRole('dialog').getByText(/Looking for duplicates/)).toBeHidden();
    await check('duplicates dialog');
    await page.keyboard.press('Escape');
    await nav(page, 'Companies');
    await page
      .getByRole('list', { name: /^companies/ })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Open deals' })).toBeVisible();
    await check('company page');

    await nav(page, 'Insights');
    await expect(page.locator('[data-ready="true"]')).toBeVisible();
    await check('insights');
    await nav(page, 'Data');
    await check('data');
    await page.getByRole('button', { name: 'Import leads from CSV…' }).click();
    await check('import wizard');
    await page.keyboard.press('Escape');
    await board.openSettings();
    for (const section of [
      'Pipeline',
      'Lead scoring',
      'MQL questions',
      'Won, lost and disqualify reasons',
      'Currency',
      'Handoff template',
      'Backups',
    ]) {
      await page
        .getByRole('navigation', { name: 'Settings sections' })
        .getByRole('button', { name: section })
        .click();
      await check(`settings ${section}`);
    }
    await context.close();
  });
