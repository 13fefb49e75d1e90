// `AB_OLD=<built dir> AB_NEW=<built dir> node tests/bench/abColdStart.mjs`: two browser-mode builds
// (each made with `FIELDLINE_WEB_OUT=<dir> npx vite build --config src/renderer/vite.web.config.mts`)
// served side by side, each seeded like the bench's board section, then cold reloads alternated
// between them (old, new, new, old, …), so both see the same machine load. On the shared 2-core
// machines one bench run's cold start varies 2–3× with the load; this compares like with like.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.mjs';
import { BOARD_LIVE, seed } from './measure.mjs';
import { startPreview } from './server.mjs';
import { median } from './stats.mjs';

const root = new URL('../..', import.meta.url).pathname;
const RELOADS = Number(process.env.AB_RELOADS ?? 12);
const BOARD_PAINTED = '.column .card, [data-testid="deal-card"]';
const builds = {
  old: [process.env.AB_OLD, Number(process.env.AB_OLD_PORT ?? 4621)],
  new: [process.env.AB_NEW, Number(process.env.AB_NEW_PORT ?? 4622)],
};
if (!builds.old[0] || !builds.new[0]) {
  console.error('Set AB_OLD and AB_NEW to two built browser-mode folders.');
  process.exit(1);
}

const servers = {};
for (const [name, [dir, port]] of Object.entries(builds)) servers[name] = await startPreview(root, dir, port);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const pages = {};
  for (const name of Object.keys(builds)) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${servers[name].url}/?bench`);
    await page.waitForFunction(() => 'fieldlineBench' in window);
    await seed(page, { count: 10_000, activitiesPerDeal: 3, firstStageShare: 0.5 });
    await page.reload();
    await page.waitForSelector(BOARD_LIVE, { timeout: 60_000 });
    await page.waitForFunction(() => localStorage.getItem('fieldline.boardSnapshot') !== null, null, {
      timeout: 60_000,
    });
    pages[name] = page;
  }
  const times = { old: { paint: [], live: [] }, new: { paint: [], live: [] } };
  for (let i = 0; i < RELOADS; i++) {
    for (const name of i % 2 ? ['new', 'old'] : ['old', 'new']) {
      const page = pages[name];
      await page.reload();
      await page.waitForSelector(BOARD_PAINTED, { state: 'visible', timeout: 60_000 });
      times[name].paint.push(await page.evaluate(() => performance.now()));
      await page.waitForSelector(BOARD_LIVE, { state: 'visible', timeout: 60_000 });
      times[name].live.push(await page.evaluate(() => performance.now()));
      // Let the page settle (its snapshot is written, the deferred start-up calls answered).
      await page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 1500)));
    }
  }
  for (const [name, { paint, live }] of Object.entries(times))
    console.log(
      `${name}: first paint median ${Math.round(median(paint))} ms, live board median ${Math.round(median(live))} ms`,
      `(each: ${live.map(Math.round).join(' ')})`,
    );
} finally {
  await browser.close();
  Object.values(servers).forEach((server) => server.stop());
}
