import { expect, test, type Page } from '@playwright/test';
import { FieldlineApp } from './app';

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

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 640, height: 360 },
  { width: 480, height: 400 },
]) {
  test(`at ${viewport.width}×${viewport.height} nothing that arrives after start-up moves the first screen`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const app = new FieldlineApp(page);
    await app.open();
    await app.loadSampleWithSnapshot();
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
    await expect(app.liveBoard().locator('[data-deal-id]').first()).toBeVisible();
    expect(await shifts(page)).toEqual([]);
    await context.close();
  });
}
