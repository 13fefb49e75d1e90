// Two browser-mode builds side by side for an A/B (abColdStart.mjs, abBoard.mjs): AB_OLD and
// AB_NEW, each a folder made with `FIELDLINE_WEB_OUT=<dir> npx vite build --config
// src/renderer/vite.web.config.mts`, served on AB_OLD_PORT / AB_NEW_PORT.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.mjs';
import { BOARD_LIVE, seed } from './measure.mjs';
import { startPreview } from './server.mjs';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Serve both builds and open each in its own page, seeded like the bench's board section, on its
 * live board with its start-up snapshot kept. `pages`: { old, new }; `close()` stops it all.
 */
export async function openBuilds() {
  const builds = {
    old: [process.env.AB_OLD, Number(process.env.AB_OLD_PORT ?? 4621)],
    new: [process.env.AB_NEW, Number(process.env.AB_NEW_PORT ?? 4622)],
  };
  if (!builds.old[0] || !builds.new[0]) {
    console.error('Set AB_OLD and AB_NEW to two built browser-mode folders.');
    process.exit(1);
  }
  const servers = {};
  for (const [name, [dir, port]] of Object.entries(builds))
    servers[name] = await startPreview(root, dir, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const close = async () => {
    await browser.close();
    for (const server of Object.values(servers)) {
      try {
        server.stop();
      } catch (error) {
        console.error('a preview server had already stopped:', error.message);
      }
    }
  };
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
    return { pages, close };
  } catch (error) {
    await close();
    throw error;
  }
}
