import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

/** Record every URL the app hands to `window.open` (mailto: drafts) instead of leaving the page. */
async function recordOpenedUrls(page: Page) {
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { openedUrls: string[] }).openedUrls = opened;
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
}
const openedUrls = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { openedUrls: string[] }).openedUrls]);

async function setRepName(board: PipelineBoard, name: string) {
  await board.openSettings();
  await board.page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: 'E-mail and call templates' })
    .click();
  const form = board.page.getByRole('form', { name: 'Templates' });
  await form.getByLabel('Your name').fill(name);
  await expect(form.getByRole('button', { name: /^Save/ })).toHaveCount(1);
  await form.getByRole('button', { name: 'Save templates' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved');
  await board.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Pipeline' })
    .click();
}

/** Open the deal's timeline and the template dialog, from the keyboard. */
async function openTemplates(board: PipelineBoard, title: string) {
  const ws = await board.openDeal(title);
  await ws.getByRole('tab', { name: 'Timeline' }).click();
  const button = ws.getByRole('button', { name: 'E-mail or call from a template…' });
  await button.focus();
  await board.page.keyboard.press('Enter');
  const dialog = board.page.getByRole('dialog', { name: 'E-mail or call from a template' });
  await expect(dialog).toBeVisible();
  return { ws, dialog };
}

const SUBJECT = 'Ironbark Capital: what you are trying to solve';
const FILLED_BODY = [
  'Hi Maria,',
  '',
  'Thank you for your interest. Before I send you anything generic, I would like to understand what prompted you to get in touch and what you are trying to solve at Ironbark Capital.',
  '',
  'Would 20 minutes this week work? If it helps, I can also bring in one of our industry specialists.',
  '',
  'Best regards,',
  'Sam Rep',
].join('\n');

test('a template filled from a deal opens the exact mailto: and the e-mail is on the timeline', async ({
  page,
}) => {
  await recordOpenedUrls(page);
  const board = new PipelineBoard(page);
  await board.open();
  await setRepName(board, 'Sam Rep');
  await board.quickAdd({
    title: 'Fleet telematics',
    company: 'Ironbark Capital',
    contact: 'Maria Lopez',
    email: 'maria@ironbark.example',
  });

  const { ws, dialog } = await openTemplates(board, 'Fleet telematics');
  // The stage's own templates come first: Lead Generation's first touch.
  await expect(dialog.getByRole('combobox', { name: /^Template/ })).toHaveValue('lead-first-touch');
  await expect(dialog.getByRole('combobox', { name: /^To/ })).toContainText(
    'Maria Lopez <maria@ironbark.example>',
  );
  await expect(dialog.getByRole('textbox', { name: 'Subject', exact: true })).toHaveValue(SUBJECT);
  const body = dialog.getByRole('textbox', { name: 'Message', exact: true });
  await expect(body).toHaveValue(FILLED_BODY);
  await expect(dialog.getByRole('region', { name: 'Placeholders without a value' })).toHaveCount(0);

  // The preview is editable: what the rep adds goes out, encoded.
  await body.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nP.S. Q&A = 100% #1?');
  await dialog.getByRole('button', { name: 'Open in e-mail' }).click();
  await expect(dialog).toBeHidden();

  const expectedBody = `${FILLED_BODY}\nP.S. Q&A = 100% #1?`.replace(/\n/g, '\r\n');
  await expect
    .poll(() => openedUrls(page), { timeout: 30_000 })
    .toEqual([
      `mailto:maria@ironbark.example?subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(expectedBody)}`,
    ]);

  // Logged in the same step: the e-mail is on the deal's timeline, with the message as its note.
  const timeline = ws.getByRole('region', { name: 'Timeline' });
  const entry = timeline.getByRole('listitem').filter({ hasText: SUBJECT });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('email');
  await expect(entry).toContainText('P.S. Q&A = 100% #1?');
});

test('a placeholder without a value is shown and never sent as {{…}}', async ({ page }) => {
  await recordOpenedUrls(page);
  const board = new PipelineBoard(page);
  await board.open();
  await board.quickAdd({ title: 'Warehouse scanners', company: 'Contoso' }); // no contact, no rep name

  const { ws, dialog } = await openTemplates(board, 'Warehouse scanners');
  await expect(dialog.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(
    /^Hi \{\{firstName\}\},/,
  );
  const unfilled = dialog.getByRole('region', { name: 'Placeholders without a value' });
  await expect(unfilled.locator('mark', { hasText: '{{firstName}}' }).first()).toBeVisible();
  await expect(unfilled.locator('mark', { hasText: '{{myName}}' }).first()).toBeVisible();
  await expect(unfilled).toContainText('Not sent until filled');
  // The tallest the dialog gets: its buttons stay on screen.
  await expect(dialog.getByRole('button', { name: 'Open in e-mail' })).toBeInViewport();

  // Sending is refused while anything is unfilled: nothing opens, nothing is logged.
  await dialog.getByRole('button', { name: 'Open in e-mail' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Fill in every highlighted placeholder first');
  await expect(dialog.getByLabel('Value for {{firstName}}')).toBeFocused();
  expect(await openedUrls(page)).toEqual([]);

  // The rep fills both in the preview; then it goes out, without a placeholder.
  await dialog.getByLabel('Value for {{firstName}}').fill('team');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Value for {{myName}}').fill('Sam');
  await dialog.getByRole('button', { name: 'Fill in {{myName}}' }).click();
  await expect(unfilled).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(
    /^Hi team,[\s\S]*\nSam$/,
  );
  await dialog.getByRole('button', { name: 'Open in e-mail' }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => openedUrls(page), { timeout: 30_000 }).toHaveLength(1);
  const [url] = await openedUrls(page);
  expect(url).toMatch(
    /^mailto:\?subject=Contoso%3A%20what%20you%20are%20trying%20to%20solve&body=Hi%20team%2C/,
  );
  expect(decodeURIComponent(url!.split('&body=')[1]!)).not.toMatch(/\{\{|\}\}/);
  await expect(
    ws
      .getByRole('region', { name: 'Timeline' })
      .getByRole('listitem')
      .filter({ hasText: 'Contoso: what you' }),
  ).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`the template dialog and its Settings section meet WCAG 2.2 AA by axe, ${colorScheme}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const check = async (where: string) => {
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        where,
      ).toEqual([]);
    };
    const board = new PipelineBoard(page);
    await board.open();
    await board.quickAdd({ title: 'Warehouse scanners', company: 'Contoso' });
    const { ws, dialog } = await openTemplates(board, 'Warehouse scanners');
    await expect(dialog.getByRole('region', { name: 'Placeholders without a value' })).toBeVisible();
    await check('template dialog with unfilled placeholders');
    await dialog.getByRole('button', { name: 'Cancel' }).click({ timeout: 30_000 });
    await expect(dialog).toBeHidden();
    await ws.getByRole('button', { name: 'Close the deal workspace' }).click();
    await expect(ws).toBeHidden();

    await board.openSettings();
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('button', { name: 'E-mail and call templates' })
      .click();
    const form = page.getByRole('form', { name: 'Templates' });
    await form.locator('summary', { hasText: 'First touch after interest' }).click({ timeout: 30_000 });
    await expect(form.getByRole('textbox', { name: 'Subject', exact: true })).toBeVisible();
    await check('settings templates');
    await context.close();
  });

test('from a person’s page: the template is addressed to them, and the e-mail is logged on their deal', async ({
  page,
}) => {
  await recordOpenedUrls(page);
  const board = new PipelineBoard(page);
  await board.open();
  await setRepName(board, 'Sam Rep');
  await board.quickAdd({
    title: 'Pilot',
    company: 'Ironbark Capital',
    contact: 'Ola Nordmann',
    email: 'ola@ironbark.example',
  });
  await board.quickAdd({
    title: 'Fleet telematics',
    company: 'Ironbark Capital',
    contact: 'Maria Lopez',
    email: 'maria@ironbark.example',
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'People' }).click();
  await page
    .getByRole('list', { name: /^people/ })
    .getByRole('button', { name: /Maria Lopez/ })
    .click();
  await page.getByRole('button', { name: 'E-mail or call from a template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'E-mail or call from a template' });
  await expect(dialog.getByRole('combobox', { name: /^To/ })).toContainText(
    'Maria Lopez <maria@ironbark.example>',
  );
  await expect(dialog.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(FILLED_BODY);
  await dialog.getByRole('button', { name: 'Open in e-mail' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => openedUrls(page), { timeout: 30_000 })
    .toEqual([expect.stringMatching(/^mailto:maria@ironbark\.example\?subject=/)]);
  // On her page's timeline, under the deal it was about.
  const timeline = page.getByRole('region', { name: 'Timeline across their deals' });
  await expect(timeline.getByRole('listitem').filter({ hasText: SUBJECT })).toContainText('Fleet telematics');
});
