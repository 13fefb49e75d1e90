// `AB_OLD=<built dir> AB_NEW=<built dir> node tests/bench/abColdStart.mjs`: two browser-mode builds
// (each made with `FIELDLINE_WEB_OUT=<dir> npx vite build --config src/renderer/vite.web.config.mts`)
// served side by side, each seeded like the bench's board section, then cold reloads alternated
// between them (old, new, new, old, …), so both see the same machine load. On the shared 2-core
// machines one bench run's cold start varies 2–3× with the load; this compares like with like.
import { abOrder, reloadToLiveBoard, withSeededBuilds } from './abBuilds.mjs';
import { BOARD_LIVE } from './measure.mjs';
import { median } from './stats.mjs';

const RELOADS = Number(process.env.AB_RELOADS ?? 12);
const BOARD_PAINTED = '.column .card, [data-testid="deal-card"]';

const seedInput = { count: 10_000, activitiesPerDeal: 3, firstStageShare: 0.5 };
await withSeededBuilds({ ports: { old: 4621, new: 4622 }, seedInput }, async (pages) => {
  for (const page of Object.values(pages)) await reloadToLiveBoard(page);
  const times = { old: { paint: [], live: [] }, new: { paint: [], live: [] } };
  for (let i = 0; i < RELOADS; i++) {
    for (const name of abOrder(i)) {
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
});
