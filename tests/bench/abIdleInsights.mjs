// `AB_OLD=<built dir> AB_NEW=<built dir> node tests/bench/abIdleInsights.mjs`: the main thread's
// long tasks while Insights is drawn ahead (app/KeptInsights.tsx), on two browser-mode builds in
// alternating rounds (old, new, new, old, …). Each round opens a fresh tab on the board, stays
// idle (no input) until every chart of the hidden Insights view is drawn, and traces it all (CDP,
// from before the navigation). Prints, per build, the longest task from the live board to the
// last chart drawn ahead (wall and CPU, `tdur`), the tasks over 50 ms, and what ran in the
// longest ones (their largest trace events: a module's evaluation, React's scheduler, layout…);
// and how long after the live board Insights was drawn ahead.
// `AB_DEALS=100000` (with `AB_DATA_DIR`, `BENCH_PORT`): the 100,000-deal board of abBigBoard.mjs
// (one origin, one kept profile); else 10,000 deals and 100,000 activities, as abInsights.mjs
// (`AB_OLD_PORT` / `AB_NEW_PORT`). `AB_ROUNDS` rounds per build (default 3).
import { abOrder, startTrace, withBigBoard, withSeededBuilds } from './abBuilds.mjs';
import { BOARD_LIVE } from './measure.mjs';
import { median, round } from './stats.mjs';

const ROUNDS = Number(process.env.AB_ROUNDS ?? 3);
const DEALS = Number(process.env.AB_DEALS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 4623);
const TRACED = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
];
/** Events worth naming inside a long task (the rest are plumbing). */
const NAMED = new Set([
  'v8.evaluateModule',
  'v8.compileModule',
  'EvaluateScript',
  'FunctionCall',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'MajorGC',
  'MinorGC',
  'ParseHTML',
  'FireIdleCallback',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
]);

/** Every chart of the hidden Insights view drawn whole (its axes in, or a table) in each card. */
const drawnAhead = () => {
  const bodies = document.querySelectorAll('.kept-view .insight-body');
  return (
    bodies.length > 0 &&
    [...bodies].every((body) => body.querySelector('svg .recharts-cartesian-axis, table'))
  );
};

const label = (e) => {
  const data = e.args?.data ?? {};
  const where = (data.url ?? '').split('/').pop();
  const what = data.functionName ? `${data.functionName}@${where}` : where;
  return what ? `${e.name}(${what})` : e.name;
};

/** The page's main-thread tasks between two user-timing marks: wall, CPU and what ran in each. */
function tasks(events, from, to) {
  const names = new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  );
  const at = (mark) => events.find((e) => e.name === mark)?.ts;
  const [start, end] = [at(from), at(to)];
  const main = events.find((e) => e.name === from && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const thread = main ? `${main.pid}:${main.tid}` : null;
  const own = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X');
  return own
    .filter((e) => e.name === 'RunTask' && e.ts >= start && e.ts < end)
    .map((task) => {
      const inside = own.filter(
        (e) => NAMED.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur,
      );
      const top = inside
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 3)
        .map((e) => `${label(e)} ${round(e.dur / 1000)}`);
      return { wall: round(task.dur / 1000), cpu: round((task.tdur ?? 0) / 1000), top };
    });
}

async function measureRound(open) {
  const { page, cdp, go } = await open();
  const stopTrace = await startTrace(cdp, TRACED);
  await go();
  await page.waitForSelector(BOARD_LIVE, { state: 'visible', timeout: 180_000 });
  const live = await page.evaluate(() => {
    performance.mark('ab-live');
    return performance.now();
  });
  await page.waitForFunction(drawnAhead, null, { timeout: 180_000, polling: 200 });
  const drawn = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  await page.evaluate(() => performance.mark('ab-end'));
  const all = tasks(await stopTrace(), 'ab-live', 'ab-end');
  await page.close();
  const byWall = [...all].sort((a, b) => b.wall - a.wall);
  const byCpu = [...all].sort((a, b) => b.cpu - a.cpu);
  return {
    drawnAfter: Math.round(drawn - live),
    wall: byWall[0]?.wall ?? 0,
    cpu: byCpu[0]?.cpu ?? 0,
    over50wall: all.filter((t) => t.wall > 50).length,
    over50cpu: all.filter((t) => t.cpu > 50).length,
    longest: byCpu.slice(0, 3),
  };
}

async function rounds(open) {
  const runs = { old: [], new: [] };
  for (let i = 0; i < ROUNDS; i++)
    for (const name of abOrder(i)) {
      const run = await measureRound(() => open(name));
      runs[name].push(run);
      console.log(
        `${name} round ${i + 1}: load ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0]},`,
        `drawn ahead ${run.drawnAfter} ms after the live board; longest task wall ${run.wall} / CPU ${run.cpu} ms;`,
        `over 50 ms wall ${run.over50wall}, CPU ${run.over50cpu}`,
      );
      for (const t of run.longest) console.log(`    ${t.wall} wall / ${t.cpu} CPU: ${t.top.join(', ')}`);
    }
  for (const [name, list] of Object.entries(runs)) {
    const each = (key) =>
      `median ${median(list.map((r) => r[key]))} (each: ${list.map((r) => r[key]).join(' ')})`;
    console.log(
      `${name}: longest task CPU ${each('cpu')} ms, wall ${each('wall')} ms; tasks over 50 ms CPU ${each('over50cpu')},`,
      `wall ${each('over50wall')}; drawn ahead after ${each('drawnAfter')} ms`,
    );
  }
}

const newTab = async (context, url) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp, go: () => page.goto(url) };
};

if (DEALS >= 100_000)
  await withBigBoard({ port: PORT, deals: DEALS }, async ({ server, context, page: first }) => {
    await first.waitForSelector(BOARD_LIVE, { timeout: 600_000 });
    await first.close();
    await rounds((name) => {
      server.use(name);
      return newTab(context, `${server.url}/?bench`);
    });
  });
else
  await withSeededBuilds(
    { ports: { old: 4623, new: 4624 }, seedInput: { count: DEALS, activitiesPerDeal: 10 } },
    async (pages) => {
      const urls = Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, page.url()]));
      await rounds((name) => newTab(pages[name].context(), urls[name]));
    },
  );
