// `AB_OLD=<built dir> AB_NEW=<built dir> AB_DATA_DIR=<profile> node tests/bench/abBigBoard.mjs`: the
// 100,000-deal board's scroll and search (the bench's big section: `scrollLongestTask`, then
// `keystrokeFilter`) on two browser-mode builds against the SAME database (one origin serving
// either build, see abBigStart.mjs; AB_DATA_DIR keeps the seeded board for later runs), in
// alternating rounds (old, new, new, old, …). Each round opens a fresh tab as the bench does and
// measures as soon as its board is live. Prints, per build, the longest task while scrolling and
// while typing (each round's, and their medians) and the keystrokes' median and p95; and, from a
// CDP trace of the same steps, the main thread's CPU time (a task's `tdur`): its total, its
// longest task and the tasks over 10 ms. On the shared 2-core machine a task's wall time is
// mostly waiting for a core (tasks of 10–25 ms of CPU measured 50–700 ms), so the CPU figures
// are what tells two builds apart.
import { abOrder, freshBigTab, startTrace, withBigBoard } from './abBuilds.mjs';
import { keystrokeFilter } from './interactions.mjs';
import { BOARD_LIVE, scrollLongestTask } from './measure.mjs';
import { median, percentile, round } from './stats.mjs';

const ROUNDS = Number(process.env.AB_ROUNDS ?? 4);
const DEALS = Number(process.env.AB_DEALS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 4623);
const TYPED = 'Northwind Pilot';
const TRACED = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** The renderer main thread's tasks between two `performance.mark`s of a trace: CPU ms each. */
function taskCpu(events, from, to) {
  const threads = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const at = (name) => events.find((e) => e.name === name)?.ts;
  const [start, end] = [at(from), at(to)];
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= start && e.ts < end)
    .filter((e) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    .map((e) => (e.tdur ?? 0) / 1000);
}

const cpuLine = (runs) =>
  `CPU total median ${median(runs.map((r) => r.total))} ms, longest task median ${median(runs.map((r) => r.longest))} ms,` +
  ` tasks over 10 ms median ${median(runs.map((r) => r.over10))} (each: ${runs.map((r) => `${r.total}/${r.longest}/${r.over10}`).join(' ')})`;

await withBigBoard({ port: PORT, deals: DEALS }, async ({ server, context, page: first }) => {
  await first.waitForSelector(BOARD_LIVE, { timeout: 600_000 }); // a kept profile may upgrade first
  await first.close();
  const times = {
    old: { scroll: [], filter: [], keys: [], scrollCpu: [], filterCpu: [] },
    new: { scroll: [], filter: [], keys: [], scrollCpu: [], filterCpu: [] },
  };
  for (let i = 0; i < ROUNDS; i++) {
    for (const name of abOrder(i)) {
      server.use(name);
      // As the bench's big section: a fresh tab, its board live, its heap read, then at once
      // the scroll and the keystrokes.
      const { page, cdp } = await freshBigTab(context, `${server.url}/?bench`);
      const stopTrace = await startTrace(cdp, TRACED);
      const mark = (label) => page.evaluate((label) => performance.mark(label), label);
      await mark('ab-scroll');
      const scroll = await scrollLongestTask(page);
      await mark('ab-keys');
      const keys = await keystrokeFilter(page, TYPED);
      await mark('ab-end');
      const events = await stopTrace();
      times[name].scroll.push(round(scroll.longest));
      times[name].filter.push(round(keys.longestTask));
      times[name].keys.push(...keys.times);
      for (const [key, from, to] of [
        ['scrollCpu', 'ab-scroll', 'ab-keys'],
        ['filterCpu', 'ab-keys', 'ab-end'],
      ]) {
        const cpu = taskCpu(events, from, to);
        times[name][key].push({
          total: Math.round(cpu.reduce((a, b) => a + b, 0)),
          longest: round(Math.max(0, ...cpu)),
          over10: cpu.filter((ms) => ms > 10).length,
        });
      }
      await page.close();
    }
  }
  for (const [name, t] of Object.entries(times))
    console.log(
      `${name}: longest task scrolling median ${median(t.scroll)} ms (each: ${t.scroll.join(' ')}),`,
      `filtering median ${median(t.filter)} ms (each: ${t.filter.join(' ')});`,
      `keystroke median ${round(median(t.keys))} ms, p95 ${round(percentile(t.keys, 95))} ms (n ${t.keys.length})`,
      `\n  scrolling: ${cpuLine(t.scrollCpu)}\n  typing: ${cpuLine(t.filterCpu)}`,
    );
});
