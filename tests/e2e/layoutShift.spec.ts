import { expect, test, type Browser, type Page } from '@playwright/test';
import { PipelineBoard } from './app';

/**
 * Nothing the first screen receives after it is painted may move what is already on it: the
 * live board over the start-up picture, the follow-ups badge, My numbers, the missed reminders'
 * summary. Chromium reports every such move as a `layout-shift` entry (the Layout Instability
 * API, the figure behind Cumulative Layout Shift); a rep reaching for a card as one lands would
 * click something else. At a narrow window (or high zoom) the header, the toolbar and the strips
 * wrap, so a wide and two narrow sizes are tried.
 */

interface Shift {
  value: number;
  moved: string[];
}

/** Collect the page's layout shifts from its first node on, each with what it moved and how. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { shifts: Shift[] }).shifts = shifts;
    const describe = (node: Node | null) => {
      if (!(node instanceof Element)) return node ? node.nodeName : 'a removed node';
      const name = node.getAttribute('aria-label') ?? node.getAttribute('data-testid') ?? '';
      return `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}${name ? ` "${name}"` : ''}`;
    };
    type Entry = PerformanceEntry & {
      value: number;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[])
        shifts.push({
          value: entry.value,
          moved: entry.sources.map(
            (s) =>
              `${describe(s.node)} (${Math.round(s.previousRect.x)},${Math.round(s.previousRect.y)}) → ` +
              `(${Math.round(s.currentRect.x)},${Math.round(s.currentRect.y)})`,
          ),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);

const DAY = 24 * 60 * 60 * 1000;

/**
 * Open the app at `viewport` with the sample kept as the start-up snapshot (and, with
 * `secondPipeline`, a second pipeline, so the toolbar has a pipeline switcher to place), come
 * back a month later, and return every layout shift from the reload until all of the first
 * screen has arrived.
 */
async function shiftsOfAStart(
  browser: Browser,
  viewport: { width: number; height: number },
  { secondPipeline = false } = {},
) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const app = new PipelineBoard(page);
  await app.open();
  await app.loadSampleWithSnapshot();
  if (secondPipeline) {
    await app.openSettings();
    await page.getByRole('button', { name: 'New pipeline from the template' }).click();
    await page.getByRole('button', { name: 'Show it on the board' }).click();
    await page.getByLabel('Pipeline', { exact: true }).selectOption({ label: 'Sales pipeline' });
    await expect(app.column('Lead Generation').getByRole('listitem').first()).toBeVisible({
      timeout: 60_000,
    });
    await app.keepSnapshotAgain();
  }
  // The rep comes back a month later: follow-ups came due while Fieldline was closed.
  await page.clock.install({ time: Date.now() + 30 * DAY });
  await recordShifts(page);
  await page.reload();

  // Everything the first screen asks for after the board: all of it arrives.
  await expect(app.liveBoard()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Missed reminders' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('followups-badge')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('my-numbers-strip')).toHaveAttribute('data-loaded', 'true', {
    timeout: 60_000,
  });
  if (secondPipeline)
    await expect(page.getByLabel('Pipeline', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(app.liveBoard().locator('[data-deal-id]').first()).toBeVisible();
  const seen = await shifts(page);
  await context.close();
  return seen;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 640, height: 360 },
  { width: 480, height: 400 },
]) {
  test(`at ${viewport.width}×${viewport.height} nothing that arrives after start-up moves the first screen`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    expect(await shiftsOfAStart(browser, viewport)).toEqual([]);
  });
}

// The pipeline switcher comes with the store's list of pipelines, after the live board: at a
// narrow window, its arrival must not re-wrap the toolbar.
test('with two pipelines, at 480×400 the pipeline switcher is in place from the first frame', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  expect(await shiftsOfAStart(browser, { width: 480, height: 400 }, { secondPipeline: true })).toEqual([]);
});
