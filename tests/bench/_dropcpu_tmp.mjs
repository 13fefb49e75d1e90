import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.mjs';
import { BOARD_LIVE, seed } from './measure.mjs';
import { startPreview } from './server.mjs';
const root = new URL('../..', import.meta.url).pathname;
const server = await startPreview(root, process.env.DIR, 4656);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
await page.goto(`${server.url}/?bench`);
await page.waitForFunction(() => 'fieldlineBench' in window);
await seed(page, { count: Number(process.env.N ?? 10000), activitiesPerDeal: 3, firstStageShare: 0.5 });
await page.reload();
await page.waitForSelector(BOARD_LIVE, { timeout: 60000 });
await page.waitForTimeout(3000);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const profiles = [];
for (let i = 0; i < Number(process.env.RUNS ?? 6); i++) {
  const ids = await page.evaluate(() => {
    const c = [...document.querySelectorAll('.columns [data-stage-id]')];
    const card = c[0].querySelector('[data-deal-id]');
    return {
      from: c[0].getAttribute('data-stage-id'),
      to: c[1].getAttribute('data-stage-id'),
      deal: card.getAttribute('data-deal-id'),
    };
  });
  await page.locator(`[data-stage-id="${ids.from}"] [data-deal-id="${ids.deal}"]`).focus();
  await page.keyboard.press('Space');
  await page.waitForSelector('.drag-preview');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  await page.evaluate(() => performance.mark('drop-' + Date.now()));
  await page.keyboard.press('Space');
  await page.waitForTimeout(120);
  profiles.push((await cdp.send('Profiler.stop')).profile);
  await page.waitForTimeout(600);
}
import('node:fs').then((fs) => fs.writeFileSync('/tmp/drops.json', JSON.stringify(profiles)));
await new Promise((r) => setTimeout(r, 500));
await browser.close();
server.stop();
