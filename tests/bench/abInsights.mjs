// `AB_OLD=<built dir> AB_NEW=<built dir> node tests/bench/abInsights.mjs`: Insights navigation in two
// browser-mode builds (each made with `FIELDLINE_WEB_OUT=<dir> npx vite build --config
// src/renderer/vite.web.config.mts`), served side by side, each seeded like the bench's insights
// section (10,000 deals, 100,000 activities), then measured alternately (old, new, new, old, …)
// so both see the same machine load:
// - first visit: a cold reload, the live board, a few idle seconds, then Insights → every chart
//   drawn (the rep's first visit of the session: the Insights chunk not yet run, or preloaded);
// - later visits: Pipeline → Insights → every chart drawn, as `dashboard_navigation_to_all_charts_ms`;
//   each also with the main thread's CPU time over the navigation (trace events' thread time),
//   which the other jobs on a shared machine inflate far less than the wall-clock figure.
// `AB_AFTER_CHANGE=1`: each later visit as `dashboard_after_change_to_all_charts_ms` instead (a
// deal moved on the board before it; its CPU figure then also holds the move and the half second
// after it), with its data-ready figure too.
import { abOrder, withSeededBuilds } from './abBuilds.mjs';
import { dashboardAllCharts } from './interactions.mjs';
import { BOARD_LIVE } from './measure.mjs';
import { median } from './stats.mjs';

const DEALS = Number(process.env.BENCH_DEALS ?? 10_000);
const VISITS = Number(process.env.AB_VISITS ?? 10);
const FIRSTS = Number(process.env.AB_FIRST_VISITS ?? 3);
/** After a cold start, how long the rep looks at the board before opening Insights. */
const IDLE_MS = Number(process.env.AB_IDLE_MS ?? 3000);
const AFTER_CHANGE = process.env.AB_AFTER_CHANGE === '1';
/** Main-thread CPU time (ms) of the page's renderer while `run` runs, from trace events. */
async function withMainThreadCpu(cdp, run) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  const result = await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const names = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}/${e.tid}`, e.args.name]),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.name.endsWith('::RunTask') || e.name.startsWith('ThreadPool')) continue;
    const thread = `${e.pid}/${e.tid}`;
    if (names.get(thread) !== 'CrRendererMain') continue;
    const sum = byThread.get(thread) ?? { wall: 0, cpu: 0 };
    sum.wall += e.dur ?? 0;
    sum.cpu += e.tdur ?? 0;
    byThread.set(thread, sum);
  }
  // The busiest renderer main thread is this page's.
  const main = [...byThread.values()].sort((a, b) => b.wall - a.wall)[0];
  return { result, cpu: main ? main.cpu / 1000 : null };
}

const seedInput = { count: DEALS, activitiesPerDeal: 10 };
await withSeededBuilds({ ports: { old: 4623, new: 4624 }, seedInput }, async (pages) => {
  const cdps = {};
  for (const [name, page] of Object.entries(pages)) cdps[name] = await page.context().newCDPSession(page);
  const times = {
    old: { first: [], later: [], ready: [], cpu: [] },
    new: { first: [], later: [], ready: [], cpu: [] },
  };
  for (let i = 0; i < FIRSTS; i++) {
    for (const name of abOrder(i)) {
      const page = pages[name];
      await page.reload();
      await page.waitForSelector(BOARD_LIVE, { timeout: 120_000 });
      await page.waitForTimeout(IDLE_MS);
      times[name].first.push((await dashboardAllCharts(page, 1)).drawn);
    }
  }
  for (let i = 0; i < VISITS; i++) {
    for (const name of abOrder(i)) {
      const page = pages[name];
      const cdp = cdps[name];
      // On the board before the trace starts: the CPU figure is the Insights navigation's alone.
      await page.getByRole('button', { name: /^Pipeline/ }).click();
      await page.waitForSelector('.columns', { timeout: 120_000 });
      const { result, cpu } = await withMainThreadCpu(cdp, () =>
        dashboardAllCharts(page, 1, { afterChange: AFTER_CHANGE }),
      );
      times[name].later.push(result.drawn);
      times[name].ready.push(result.ready);
      times[name].cpu.push(cpu);
    }
  }
  const fmt = (values) => `${Math.round(median(values))} ms (each: ${values.map(Math.round).join(' ')})`;
  for (const [name, t] of Object.entries(times)) {
    console.log(`${name}: first visit after a cold start, every chart drawn: median ${fmt(t.first)}`);
    const later = AFTER_CHANGE ? 'later visits after a change' : 'later visits';
    console.log(`${name}: ${later}, data ready: median ${fmt(t.ready)}`);
    console.log(`${name}: ${later}, every chart drawn: median ${fmt(t.later)}`);
    console.log(`${name}: ${later}, main-thread CPU: median ${fmt(t.cpu)}`);
  }
  const ratio = (key) => (median(times.new[key]) / median(times.old[key])).toFixed(2);
  console.log(
    `new ÷ old: first visit ${ratio('first')}, later visits ${ratio('later')} (data ready ${ratio('ready')}), CPU ${ratio('cpu')}`,
  );
});
