// `AB_OLD=<built dir> AB_NEW=<built dir> node tests/bench/abBigStart.mjs`: the 100,000-deal cold
// start of two browser-mode builds (see abColdStart.mjs for how to build one) A/B'd against the
// SAME database: one origin serves either build (`startSwitchServer`), switched between cold
// reloads (old, new, new, old, …), so both see the same data and the same machine load, and the
// big board is seeded once (AB_DATA_DIR keeps it in a browser profile for later runs on the same
// port). Prints each build's median first paint, live board and JS heap when the board went live.
import { withBigBoard } from './abBuilds.mjs';
import { BOARD_LIVE, BOARD_PAINTED, heapMb } from './measure.mjs';
import { median } from './stats.mjs';

const RELOADS = Number(process.env.AB_RELOADS ?? 6);
const DEALS = Number(process.env.AB_DEALS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 4623);
await withBigBoard({ port: PORT, deals: DEALS }, async ({ server, context, page }) => {
  const times = {
    old: { paint: [], live: [], heap: [], kept: [], atPaint: [] },
    new: { paint: [], live: [], heap: [], kept: [], atPaint: [] },
  };
  const cdp = await context.newCDPSession(page);
  for (let i = 0; i < RELOADS; i++) {
    for (const name of i % 2 ? ['new', 'old'] : ['old', 'new']) {
      server.use(name);
      await page.reload();
      await page.waitForSelector(BOARD_PAINTED, { state: 'visible', timeout: 120_000 });
      times[name].paint.push(await page.evaluate(() => performance.now()));
      times[name].atPaint.push(await heapMb(page)); // before the board's data: what the page before left
      await page.waitForSelector(BOARD_LIVE, { state: 'visible', timeout: 120_000 });
      times[name].live.push(await page.evaluate(() => performance.now()));
      times[name].heap.push(await heapMb(page));
      // What the board keeps (a diagnostic beside the bench's reading, which is taken as it stands).
      await cdp.send('HeapProfiler.collectGarbage');
      times[name].kept.push(await heapMb(page));
      // Let the page settle (its snapshot written, the deferred start-up calls answered).
      await page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 3000)));
    }
  }
  for (const [name, { paint, live, heap, kept, atPaint }] of Object.entries(times))
    console.log(
      `${name}: first paint median ${Math.round(median(paint))} ms, live board median ${Math.round(median(live))} ms,`,
      `heap median ${median(heap)} MB (live each: ${live.map(Math.round).join(' ')}; heap each: ${heap.join(' ')}; after a GC: ${kept.join(' ')}; at first paint: ${atPaint.join(' ')})`,
    );
});
