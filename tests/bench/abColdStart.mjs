// `AB_OLD=<built dir> AB_NEW=<built dir> node tests/bench/abColdStart.mjs`: two browser-mode builds
// (each made with `FIELDLINE_WEB_OUT=<dir> npx vite build --config src/renderer/vite.web.config.mts`)
// served side by side, each seeded like the bench's board section, then cold starts alternated
// between them (old, new, new, old, …), so both see the same machine load. On the shared 2-core
// machines one bench run's cold start varies 2–3× with the load; this compares like with like.
// Each start gives four figures: first paint and live board as the bench takes them (the frame
// drawn with the cards, timed in the page: `watchBoardFrames`, measure.mjs), the same two as
// Playwright's polling finds them (it looks again after 20, 50, 100, 100 and then every 500 ms,
// each look waiting for the page's main thread, so a figure lands 0.1–0.4 s after the fact and
// moves in steps), as the page inserted them (a MutationObserver noting when the painted and the
// live board's selectors first matched, before their frame is drawn), and the store's start in its worker (its `fieldline:worker-eval` →
// `fieldline:worker-serving` marks, which every build since the tiny worker entry has). The build
// not being measured waits on a blank page: a settled board asks My numbers (a read of up to
// seconds) after a pause, and with both pages live that read, in the other tab, slowed every
// start right after a switch of builds (one run, load ~4: the first start after a switch 1,190 ms
// median, the second 769 ms). A smaller difference remains (40–90 ms), likely IndexedDB closing
// its files for the origin a few seconds after its last connection: the bench's own reloads, one
// after the other, start with them open.
import { abOrder, reloadToLiveBoard, withSeededBuilds } from './abBuilds.mjs';
import { BOARD_LIVE, BOARD_PAINTED, watchBoardFrames } from './measure.mjs';
import { median } from './stats.mjs';

const RELOADS = Number(process.env.AB_RELOADS ?? 12);

const seedInput = { count: 10_000, activitiesPerDeal: 3, firstStageShare: 0.5 };
/** In the page before its scripts: when the painted and the live board first match. */
function observeBoard([painted, live]) {
  const seen = (window.__boardSeen = {});
  new MutationObserver(() => {
    if (seen.paint === undefined && document.querySelector(painted)) seen.paint = performance.now();
    if (seen.live === undefined && document.querySelector(live)) seen.live = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** The store worker's own marks: from its first line to serving (ms), NaN without them. */
async function storeStart(page) {
  const worker = page.workers().find((w) => w.url().includes('store-worker'));
  const marks = await worker?.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  return (marks?.['fieldline:worker-serving'] ?? NaN) - (marks?.['fieldline:worker-eval'] ?? NaN);
}

await withSeededBuilds({ ports: { old: 4621, new: 4622 }, seedInput }, async (pages) => {
  for (const page of Object.values(pages)) await reloadToLiveBoard(page);
  const urls = {};
  for (const [name, page] of Object.entries(pages)) {
    urls[name] = page.url();
    await page.addInitScript(observeBoard, [BOARD_PAINTED, BOARD_LIVE]);
    await page.addInitScript(watchBoardFrames, [BOARD_PAINTED, BOARD_LIVE]);
    await page.goto('about:blank');
  }
  const times = { old: { paint: [], live: [] }, new: { paint: [], live: [] } };
  const seen = { old: { paint: [], live: [] }, new: { paint: [], live: [] } };
  const drawn = { old: { paint: [], live: [] }, new: { paint: [], live: [] } };
  const serving = { old: [], new: [] };
  for (let i = 0; i < RELOADS; i++) {
    for (const name of abOrder(i)) {
      const page = pages[name];
      await page.goto(urls[name]);
      await page.waitForSelector(BOARD_PAINTED, { state: 'visible', timeout: 60_000 });
      times[name].paint.push(await page.evaluate(() => performance.now()));
      await page.waitForSelector(BOARD_LIVE, { state: 'visible', timeout: 60_000 });
      times[name].live.push(await page.evaluate(() => performance.now()));
      const observed = await page.evaluate(() => window.__boardSeen);
      seen[name].paint.push(observed.paint);
      seen[name].live.push(observed.live);
      const frames = await page.waitForFunction(() => window.__benchBoard.live && window.__benchBoard, null, {
        timeout: 60_000,
      });
      const { paint, live } = await frames.jsonValue();
      drawn[name].paint.push(paint);
      drawn[name].live.push(live);
      serving[name].push(await storeStart(page));
      // Let the page settle (its snapshot is written, the deferred start-up calls answered).
      await page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 1500)));
      await page.goto('about:blank');
    }
  }
  for (const [name, { paint, live }] of Object.entries(drawn))
    console.log(
      `${name} drawn (the bench's figures): first paint median ${Math.round(median(paint))} ms, live board median ${Math.round(median(live))} ms`,
      `(each paint: ${paint.map(Math.round).join(' ')}; live: ${live.map(Math.round).join(' ')})`,
    );
  for (const [name, { paint, live }] of Object.entries(times))
    console.log(
      `${name} polled: first paint median ${Math.round(median(paint))} ms, live board median ${Math.round(median(live))} ms`,
      `(each: ${live.map(Math.round).join(' ')})`,
    );
  for (const [name, { paint, live }] of Object.entries(seen))
    console.log(
      `${name} as the page saw it: first paint median ${Math.round(median(paint))} ms, live board median ${Math.round(median(live))} ms`,
      `(each: ${live.map(Math.round).join(' ')})`,
    );
  for (const [name, ms] of Object.entries(serving))
    console.log(
      `${name}: the store's start in its worker (first line → serving) median ${Math.round(median(ms))} ms`,
      `(each: ${ms.map(Math.round).join(' ')})`,
    );
  console.log(`n = ${RELOADS} reloads of each build`);
});
