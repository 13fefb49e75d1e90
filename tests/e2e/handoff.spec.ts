import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { FieldlineApp } from './app';

const PRIORITY = 'Cut diesel spend by 8 percent before the Q4 budget review (e2e-7391)';
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3))';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return {
    name: (download as Download).suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
}

/** The text of every page of a PDF, read with pdfjs-dist (no worker in Node). */
async function pdfText(data: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    data,
    useWorkerFetch: false,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return parts.join('\n').replace(/\s+/g, ' ');
}

/** Close a Sales Qualified Lead from the sample as won, then move it to Post-Sale: the checklist appears. */
async function winAndHandOff(page: Page): Promise<{ title: string; panel: Locator }> {
  const app = new FieldlineApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  const sql = app.column('Sales Qualified Lead');
  const card = sql.locator('[data-deal-id]').first();
  await expect(card).toBeVisible();
  const title = (await card.locator('.card-title').textContent())!;
  await card.click();
  const workspace = page.getByRole('region', { name: `Deal: ${title}` });
  await expect(workspace).toBeVisible();
  await expect(workspace.getByRole('region', { name: 'Handoff to customer success' })).toHaveCount(0);

  await workspace.getByRole('button', { name: 'Mark won' }).click();
  const close = page.getByRole('dialog', { name: `Close ${title}` });
  await close.getByLabel('Why did you win it?').selectOption('Relationship and trust');
  await close.getByLabel('PO number').fill('PO-E2E-1');
  await close.getByRole('button', { name: 'Mark won' }).click();
  await expect(close).toBeHidden();
  await expect(workspace.locator('.status')).toHaveText('won');

  await workspace.getByLabel('Move to stage').selectOption({ label: 'Post-Sale' });
  await workspace.locator('.stage-actions').getByRole('button', { name: 'Move', exact: true }).click();
  const panel = workspace.getByRole('region', { name: 'Handoff to customer success' });
  await expect(panel).toBeVisible();
  return { title, panel };
}

test('close a deal as won, fill the handoff checklist and export it as Markdown, HTML and PDF', async ({
  page,
  browser,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const { title, panel } = await winAndHandOff(page);
  const priorities = panel.getByRole('region', { name: 'Top business priorities for buying' });
  await expect(priorities.getByText('0 of 3 ticked')).toBeVisible();

  // Fill the first priority; "Saved" shows once the store has it.
  const goal = priorities.getByLabel('Notes for Primary business goal');
  await goal.fill(PRIORITY);
  await goal.press('Control+Enter');
  await expect(priorities.getByText('Saved', { exact: true })).toBeVisible();

  // Tick two items: the section and overall progress follow.
  await priorities.getByRole('checkbox', { name: 'Primary business goal' }).check();
  await priorities.getByRole('checkbox', { name: 'Secondary goals' }).check();
  await expect(priorities.getByText('2 of 3 ticked')).toBeVisible();
  await expect(panel.locator('.handoff-progress label')).toContainText(/^2 of \d+ items ticked/);

  // Reorder by keyboard: focus stays on the moved item's button.
  const up = priorities.getByRole('button', { name: 'Move "Secondary goals" up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(priorities.locator('.handoff-item-label').first()).toHaveText('Secondary goals');
  await expect(priorities.getByRole('button', { name: 'Move "Secondary goals" down' })).toBeFocused();

  // A milestone date becomes a follow-up.
  const milestones = panel.getByRole('region', { name: 'Milestone dates for conditions of satisfaction' });
  await milestones.getByLabel('Date for Go-live').fill('2030-01-15');
  await expect(milestones.getByLabel('Date for Go-live')).toHaveValue('2030-01-15');

  // Hostile text in a note stays text.
  const sensitive = panel.getByRole('region', { name: 'Sensitive topics to avoid' });
  const careful = sensitive.getByLabel('Notes for Topics, history or people to handle with care');
  await careful.fill(HOSTILE);
  await careful.blur();
  await expect(sensitive.getByText('Saved', { exact: true })).toBeVisible();

  const md = await downloaded(page, () => panel.getByRole('button', { name: 'Export Markdown' }).click());
  expect(md.name).toMatch(/^Handoff - .+ - \d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text.split('\n')[0]).toBe(`# Handoff notes: ${title}`);
  for (const heading of [
    '## Deal facts',
    '## Contacts and roles',
    '## Top business priorities for buying',
    '## Milestone dates for conditions of satisfaction',
    '## Key moments',
  ]) {
    expect(md.text).toContain(heading);
  }
  expect(md.text).toContain(`- ☑ **Secondary goals**`);
  expect(md.text).toContain(`- ☑ **Primary business goal**: ${PRIORITY}`);
  expect(md.text).toContain('- ☐ **Go-live** (2030-01-15)');
  expect(md.text).toContain('- **PO number:** PO-E2E-1');
  expect(md.text).not.toContain('<script');

  const html = await downloaded(page, () => panel.getByRole('button', { name: 'Export HTML' }).click());
  expect(html.name).toMatch(/\.html$/);
  expect(html.text).toContain(PRIORITY);
  expect(html.text).not.toMatch(/<script|<img|<[^>]*\son\w+\s*=|href\s*=/i);

  // Browser mode prints through the browser's dialog (not capturable headless).
  await panel.getByRole('button', { name: 'Export PDF' }).click();
  await expect(panel.getByText('Choose "Save as PDF" in the print dialog.')).toBeVisible();

  // The PDF of the exported HTML: render it in a clean page and print it with Chromium.
  const printPage = await browser.newPage({ javaScriptEnabled: false });
  await printPage.setContent(html.text);
  await expect(printPage.locator('section[data-key="sensitive-topics"] .value')).toHaveText(HOSTILE);
  await expect(printPage.locator('script, img, a, iframe, [onerror]')).toHaveCount(0);
  const pdf = await printPage.pdf({ format: 'A4' });
  await printPage.close();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(2000);
  const text = await pdfText(new Uint8Array(pdf));
  expect(text).toContain('Top business priorities for buying');
  expect(text).toContain(PRIORITY);
  expect(dialogs).toEqual([]);
});

test('copy, e-mail to CS, and an accessible checklist', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // Record the mailto: draft instead of handing it to an e-mail program.
    window.open = ((url?: string | URL) => {
      (window as unknown as { openedUrl: string }).openedUrl = String(url);
      return null;
    }) as typeof window.open;
  });
  const { panel } = await winAndHandOff(page);
  const goal = panel.getByLabel('Notes for Primary business goal');
  await goal.fill(PRIORITY);
  await goal.blur();
  await expect(panel.getByText('Saved', { exact: true })).toBeVisible();

  await panel.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(panel.getByText('Copied the notes as Markdown.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(PRIORITY);

  await panel.getByRole('button', { name: 'E-mail to CS' }).click();
  await expect(panel.getByText('Opened an e-mail draft to customer success.')).toBeVisible();
  const url = await page.evaluate(() => (window as unknown as { openedUrl: string }).openedUrl);
  expect(url).toMatch(/^mailto:\?subject=Handoff/);
  expect(url.length).toBeLessThanOrEqual(1900);
  expect(decodeURIComponent(url)).toContain(PRIORITY);

  // Add, rename and remove an item.
  const commitments = panel.getByRole('region', { name: 'Commitments made during the sale' });
  const newItem = commitments.getByLabel('New item in Commitments made during the sale');
  await newItem.fill('Free onboarding workshop');
  await newItem.press('Enter');
  await expect(commitments.getByRole('checkbox', { name: 'Free onboarding workshop' })).toBeVisible();
  await commitments.getByRole('button', { name: 'Rename "Free onboarding workshop"' }).press('Enter');
  await commitments.getByLabel('New label for Free onboarding workshop').fill('Two onboarding workshops');
  await page.keyboard.press('Enter');
  await expect(commitments.getByRole('checkbox', { name: 'Two onboarding workshops' })).toBeVisible();
  await commitments.getByRole('button', { name: 'Remove "Two onboarding workshops"' }).press('Enter');
  await expect(commitments.getByRole('checkbox', { name: 'Two onboarding workshops' })).toHaveCount(0);

  const results = await new AxeBuilder({ page }).include('.handoff-panel').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
