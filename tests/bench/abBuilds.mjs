// Two browser-mode builds side by side for an A/B in one run (tests/bench/ab*.mjs): `AB_OLD` and
// `AB_NEW` name the built folders (each made with `FIELDLINE_WEB_OUT=<dir> npx vite build --config
// src/renderer/vite.web.config.mts`), `AB_OLD_PORT` / `AB_NEW_PORT` move their servers.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.mjs';
import { BOARD_LIVE, heapMb, seed } from './measure.mjs';
import { startPreview, startSwitchServer } from './server.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** Old then new, then new then old, …: both builds see the same machine load. */
export const abOrder = (i) => (i % 2 ? ['new', 'old'] : ['old', 'new']);

/** Reload `page` to its live board, and wait until its start-up snapshot is kept. */
export async function reloadToLiveBoard(page) {
  await page.reload();
  await page.waitForSelector(BOARD_LIVE, { timeout: 60_000 });
  await page.waitForFunction(() => localStorage.getItem('fieldline.boardSnapshot') !== null, null, {
    timeout: 60_000,
  });
}

/**
 * Serve both builds, open each in its own browser context seeded with `seedInput` (see
 * measure.mjs `seed`), run `measure({ old, new })` with the two pages, then close everything.
 */
export async function withSeededBuilds({ ports, seedInput }, measure) {
  const builds = {
    old: [process.env.AB_OLD, Number(process.env.AB_OLD_PORT ?? ports.old)],
    new: [process.env.AB_NEW, Number(process.env.AB_NEW_PORT ?? ports.new)],
  };
  if (!builds.old[0] || !builds.new[0]) {
    console.error('Set AB_OLD and AB_NEW to two built browser-mode folders.');
    process.exit(1);
  }
  const servers = {};
  for (const [name, [dir, port]] of Object.entries(builds))
    servers[name] = await startPreview(root, dir, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const pages = {};
    for (const name of Object.keys(builds)) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${servers[name].url}/?bench`);
      await page.waitForFunction(() => 'fieldlineBench' in window);
      await seed(page, seedInput);
      pages[name] = page;
    }
    await measure(pages);
  } finally {
    await browser.close();
    Object.values(servers).forEach((server) => server.stop());
  }
}

/**
 * The 100,000-deal A/Bs (abBigStart.mjs, abBigBoard.mjs): `AB_OLD` and `AB_NEW` served from ONE
 * origin on `port` (`startSwitchServer`: both builds read the same database), a browser context
 * (kept in the profile `AB_DATA_DIR` when set, so the board is seeded once) whose first page, on
 * `/?bench`, holds at least `deals` deals (seeded as the bench's big section: batches of 20,000,
 * half in the first stage); `measure({ server, context, page })`, then everything closed.
 */
export async function withBigBoard({ port, deals }, measure) {
  if (!process.env.AB_OLD || !process.env.AB_NEW) {
    console.error('Set AB_OLD and AB_NEW to two built browser-mode folders.');
    process.exit(1);
  }
  const server = await startSwitchServer({ old: process.env.AB_OLD, new: process.env.AB_NEW }, port);
  const launch = {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    viewport: { width: 1600, height: 1000 },
  };
  const context = process.env.AB_DATA_DIR
    ? await chromium.launchPersistentContext(process.env.AB_DATA_DIR, launch)
    : await (await chromium.launch(launch)).newContext({ viewport: launch.viewport });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/?bench`);
    await page.waitForFunction(() => 'fieldlineBench' in window);
    const total = await page.evaluate(
      async () =>
        (await window.fieldlineBench.store.call('board.page', { after: null, limit: 1 })).total ?? 0,
    );
    for (let done = total, batch = 1; done < deals; batch++) {
      const count = Math.min(20_000, deals - done);
      await seed(page, { count, activitiesPerDeal: 1, firstStageShare: 0.5, seed: batch });
      done += count;
    }
    await measure({ server, context, page });
  } finally {
    await context.close();
    server.stop();
  }
}

/**
 * As the bench's big section (`freshStartHeap`): a fresh tab of `context` on `url`, its board
 * live, its heap read and a full garbage collection. Returns the tab and a CDP session on it.
 */
export async function freshBigTab(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(BOARD_LIVE, { state: 'visible', timeout: 180_000 });
  await heapMb(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  return { page, cdp };
}

/** A CDP trace of `categories` on `cdp`; `stop()` ends it and gives its events. */
export async function startTrace(cdp, categories) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await traced;
    return events;
  };
}
