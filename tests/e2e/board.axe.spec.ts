import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('board, workspace and settings have no serious or critical axe violations', async ({ page }) => {
  // Thirteen whole-page axe scans: 1.1 min on a quiet 2-core machine, 1.7–1.8 min under a load
  // average of 6–17 (6 Dec 2026), against the suite's 2-minute default. Room for a machine five
  // times slower than the quiet one; the scans' own results are what the test asserts.
  test.setTimeout(360_000);
  const board = new PipelineBoard(page);
  await board.open();
  expect(await seriousViolations(page), 'empty board').toEqual([]);

  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  await expect(board.column('Sales Qualified Lead').locator('[data-deal-id]').first()).toBeVisible();
  expect(await seriousViolations(page), 'board with deals').toEqual([]);

  await board.column('Sales Qualified Lead').locator('[data-deal-id]').first().click();
  const ws = board.workspace();
  await expect(ws.getByRole('region', { name: 'Suggested next steps' })).toBeVisible();
  for (const tab of ['Overview', 'Qualification', 'Guidance', 'Timeline', 'Contacts']) {
    await ws.getByRole('tab', { name: tab }).click();
    expect(await seriousViolations(page), `workspace ${tab}`).toEqual([]);
  }
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  expect(await seriousViolations(page), 'command palette').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page), 'shortcuts').toEqual([]);
  await page.keyboard.press('Escape');

  await board.openSettings();
  for (const section of ['Pipeline', 'Lead scoring', 'MQL questions', 'Won, lost and disqualify reasons']) {
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('button', { name: section })
      .click();
    expect(await seriousViolations(page), `settings ${section}`).toEqual([]);
  }
});
