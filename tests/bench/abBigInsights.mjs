// `AB_OLD=<built dir> AB_NEW=<built dir> AB_DATA_DIR=<profile> node tests/bench/abBigInsights.mjs`:
// Insights at 100,000 deals as the bench's big section takes `dashboard_100k_ms` — a fresh tab,
// its board live, its heap read, the column scrolled and the search typed (abBigBoard.mjs's
// steps), then at once two navigations Pipeline → Insights → every chart drawn
// (`dashboardAllCharts`) — on two browser-mode builds against the SAME database (see
// abBuilds.mjs `withBigBoard`), in alternating rounds (old, new, new, old, …). Prints, per build,
// the first and the second visit and the bench's figure (their median), each round's and their
// medians and p95s; and, from a CDP trace of the two visits, the CPU time (`tdur`) of the page's
// main thread and of the store worker's thread, and the store calls the page had in flight when
// the first visit began or made during it (`AB_CALLS=1` prints each).
import { abOrder, freshBigTab, startTrace, withBigBoard } from './abBuilds.mjs';
import { dashboardAllCharts, keystrokeFilter } from './interactions.mjs';
import { BOARD_LIVE, scrollLongestTask } from './measure.mjs';
import { median, percentile, round } from './stats.mjs';

const ROUNDS = Number(process.env.AB_ROUNDS ?? 4);
const DEALS = Number(process.env.AB_DEALS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 4623);
const PRINT_CALLS = process.env.AB_CALLS === '1';
const TYPED = 'Northwind Pilot';
const TRACED = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const THREADS = { main: 'CrRendererMain', worker: 'DedicatedWorker thread' };

/** CPU ms (`tdur`) of each named thread's top-level tasks in a trace: the busiest such thread. */
function threadCpu(events) {
  const names = new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  );
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask') continue;
    const thread = `${e.pid}:${e.tid}`;
    const sum = sums.get(thread) ?? { name: names.get(thread), cpu: 0, longest: 0 };
    sum.cpu += (e.tdur ?? 0) / 1000;
    sum.longest = Math.max(sum.longest, (e.tdur ?? 0) / 1000);
    sums.set(thread, sum);
  }
  const busiest = (name) =>
    [...sums.values()].filter((s) => s.name === name).sort((a, b) => b.cpu - a.cpu)[0] ?? {
      cpu: 0,
      longest: 0,
    };
  return Object.fromEntries(
    Object.entries(THREADS).map(([key, name]) => [
      key,
      { cpu: round(busiest(name).cpu), longest: round(busiest(name).longest) },
    ]),
  );
}

/** Notes every store call the page makes (its method, start and end), as `uiStageMoves` does. */
const watchCalls = (page) =>
  page.evaluate(() => {
    const bench = window.fieldlineBench;
    bench.calls = [];
    const call = bench.store.call.bind(bench.store);
    bench.store.call = (method, input) => {
      const entry = { method, start: performance.now(), end: null };
      bench.calls.push(entry);
      const pending = call(method, input);
      const done = () => (entry.end = performance.now());
      pending.then(done, done);
      return pending;
    };
  });

/** The calls in flight at `from` or begun after it, times relative to it. */
const callsSince = (page, from) =>
  page.evaluate(
    (from) =>
      window.fieldlineBench.calls
        .filter((c) => c.end === null || c.end > from)
        .map((c) => ({
          method: c.method,
          start: Math.round(c.start - from),
          end: c.end === null ? null : Math.round(c.end - from),
        })),
    from,
  );

const line = (values) =>
  `median ${round(median(values))} ms, p95 ${round(percentile(values, 95))} ms (each: ${values.map(Math.round).join(' ')})`;

await withBigBoard({ port: PORT, deals: DEALS }, async ({ server, context, page: first }) => {
  await first.waitForSelector(BOARD_LIVE, { timeout: 600_000 }); // a kept profile may upgrade first
  await first.close();
  const times = {
    old: { first: [], second: [], bench: [], main: [], worker: [], calls: [] },
    new: { first: [], second: [], bench: [], main: [], worker: [], calls: [] },
  };
  for (let i = 0; i < ROUNDS; i++) {
    for (const name of abOrder(i)) {
      server.use(name);
      // As the bench's big section: a fresh tab, its board live, its heap read and a GC, then at
      // once the scroll, the keystrokes and the two Insights visits.
      const { page, cdp } = await freshBigTab(context, `${server.url}/?bench`);
      await watchCalls(page);
      await scrollLongestTask(page);
      await keystrokeFilter(page, TYPED);
      const stopTrace = await startTrace(cdp, TRACED);
      const from = await page.evaluate(() => performance.now());
      const visit1 = await dashboardAllCharts(page, 1);
      const visit2 = await dashboardAllCharts(page, 1);
      const events = await stopTrace();
      const calls = await callsSince(page, from);
      const t = times[name];
      t.first.push(visit1.drawn);
      t.second.push(visit2.drawn);
      t.bench.push(median([visit1.drawn, visit2.drawn]));
      const cpu = threadCpu(events);
      t.main.push(cpu.main);
      t.worker.push(cpu.worker);
      t.calls.push(calls.length);
      if (PRINT_CALLS)
        console.log(
          `${name} round ${i + 1}: first ${Math.round(visit1.drawn)} ms (data ready ${Math.round(visit1.ready)}), calls:`,
          calls.map((c) => `${c.method} ${c.start}→${c.end}`).join(', '),
        );
      await page.close();
    }
  }
  for (const [name, t] of Object.entries(times)) {
    console.log(`${name}: first visit ${line(t.first)}`);
    console.log(`${name}: second visit ${line(t.second)}`);
    console.log(`${name}: the bench's figure (median of the two) ${line(t.bench)}`);
    const cpuOf = (key) => t[key].map((c) => `${c.cpu}/${c.longest}`).join(' ');
    console.log(
      `  CPU over both visits, total/longest task: main thread median ${round(median(t.main.map((c) => c.cpu)))} ms (each: ${cpuOf('main')});` +
        ` store worker median ${round(median(t.worker.map((c) => c.cpu)))} ms (each: ${cpuOf('worker')}); store calls in flight or made: ${t.calls.join(' ')}`,
    );
  }
});
