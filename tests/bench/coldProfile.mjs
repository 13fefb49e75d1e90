// `node tests/bench/coldProfile.mjs`: where a cold start's time goes, at 10,000 deals (browser
// mode, Debian Chromium; PROFILE_DEALS=100000 for the big board, seeded like the bench's big
// section; PROFILE_DATA_DIR=<dir> keeps the seeded database in a browser profile there, so a
// later run on the same port reloads it instead of seeding again). Not part of `npm run bench` (figures there, a breakdown here): seeds
// like the bench's board section, then reloads and prints, per reload, each store call the page
// sent (sent → answered, ms since navigation start), the page's load marks, the long tasks and
// the worker's own start-up marks (`fieldline:` performance marks, when the build has them).
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.mjs';
import { BOARD_LIVE, heapMb, seed } from './measure.mjs';
import { buildWeb, startPreview } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4611);
const RELOADS = Number(process.env.PROFILE_RELOADS ?? 3);
const DEALS = Number(process.env.PROFILE_DEALS ?? 10_000);
const DATA_DIR = process.env.PROFILE_DATA_DIR;
// PROFILE_WEB_DIR=<built dir>: profile that build as it is (see abColdStart.mjs for how to make one).
const outDir = process.env.PROFILE_WEB_DIR ?? `/tmp/fieldline-profile-web-${PORT}`;
if (!process.env.PROFILE_NO_BUILD && !process.env.PROFILE_WEB_DIR) buildWeb(root, outDir);
const server = await startPreview(root, outDir, PORT);
const launch = { executablePath: findChromium(), args: CHROMIUM_ARGS };
const viewport = { width: 1600, height: 1000 };
const browser = DATA_DIR ? null : await chromium.launch(launch);

/** Seed like the bench: 10,000 deals with 3 activities each, or batches of 20,000 with 1 each. */
async function seedBoard(page) {
  if (DEALS <= 20_000) return seed(page, { count: DEALS, activitiesPerDeal: 3, firstStageShare: 0.5 });
  for (let done = 0, batch = 1; done < DEALS; batch++) {
    const count = Math.min(20_000, DEALS - done);
    await seed(page, { count, activitiesPerDeal: 1, firstStageShare: 0.5, seed: batch });
    done += count;
  }
}

/** The deals already on the board (a kept profile), 0 for a new one. */
function boardTotal(page) {
  return page.evaluate(async () => {
    const answer = await window.fieldlineBench.store.call('board.page', { after: null, limit: 1 });
    return answer.total ?? 0;
  });
}

/** In the page before its scripts: log every store request and response on any MessagePort. */
function recordCalls() {
  const log = (window.__calls = []);
  const sent = new Map();
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (message, ...rest) {
    if (message && message.kind === 'request') {
      const entry = { id: message.id, method: message.method, sent: performance.now() };
      sent.set(message.id, entry);
      log.push(entry);
    }
    return post.call(this, message, ...rest);
  };
  const add = MessagePort.prototype.addEventListener;
  MessagePort.prototype.addEventListener = function (type, listener, ...rest) {
    if (type !== 'message') return add.call(this, type, listener, ...rest);
    const wrapped = (event) => {
      const t0 = performance.now();
      listener(event);
      const data = event.data;
      if (data && data.kind === 'response') {
        const entry = sent.get(data.id);
        if (entry) {
          entry.answered = t0;
          entry.handled = performance.now() - t0;
          const cards = data.result?.cards;
          entry.size = Array.isArray(cards) ? cards.length : cards?.count; // board.get, or a packed page
        }
      }
    };
    return add.call(this, type, wrapped, ...rest);
  };
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks.push({ at: Math.round(e.startTime), ms: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
  const seen = (window.__seen = {});
  new MutationObserver(() => {
    const t = performance.now();
    if (!seen.shell && document.querySelector('.app')) seen.shell = t;
    if (!seen.board && document.querySelector('.board')) seen.board = t;
    if (!seen.paint && document.querySelector('.column .card')) seen.paint = t;
    if (!seen.live && document.querySelector('.board:not([aria-busy="true"]) .column .card')) seen.live = t;
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Self time per function (ms), the top 40, and inclusive time of a few named functions. */
function printProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  });
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k}`);
  console.log('--- self ms ---\n' + top(self, 45).join('\n'));
  console.log('--- inclusive ms ---\n' + top(incl, 70).join('\n'));
}

/** Sampled bytes allocated per function (self), the top 30, in MB. */
function printAllocations(profile) {
  const self = new Map();
  const walk = (node) => {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(profile.head);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`--- allocated MB (sampled), total ${(total / 2 ** 20).toFixed(1)} ---`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(v / 2 ** 20).toFixed(1).padStart(8)}  ${k}`);
}

try {
  const context = DATA_DIR
    ? await chromium.launchPersistentContext(DATA_DIR, { ...launch, viewport })
    : await browser.newContext({ viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/?bench`);
  await page.waitForFunction(() => 'fieldlineBench' in window);
  if ((await boardTotal(page)) === 0) await seedBoard(page);
  await page.reload();
  await page.waitForSelector(BOARD_LIVE, { timeout: 60_000 });
  await page.waitForFunction(() => localStorage.getItem('fieldline.boardSnapshot') !== null, null, {
    timeout: 30_000,
  });
  await page.addInitScript(recordCalls);
  const cdp = process.env.PROFILE_CPU ? await context.newCDPSession(page) : null;
  // PROFILE_ALLOC=1: sampled allocations from reload to live board, kept or collected since.
  const alloc = process.env.PROFILE_ALLOC ? await context.newCDPSession(page) : null;
  for (let i = 0; i < RELOADS; i++) {
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (alloc) {
      await alloc.send('HeapProfiler.enable');
      await alloc.send('HeapProfiler.startSampling', {
        samplingInterval: 16_384,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
    await page.reload();
    await page.waitForSelector(BOARD_LIVE, { state: 'visible', timeout: 120_000 });
    const live = await page.evaluate(() => performance.now());
    const heap = await heapMb(page);
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
    if (alloc) printAllocations((await alloc.send('HeapProfiler.stopSampling')).profile);
    await page.waitForTimeout(1500);
    const out = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => /\.js$/.test(r.name))
        .map((r) => ({
          name: r.name.split('/').pop(),
          start: Math.round(r.startTime),
          end: Math.round(r.responseEnd),
        }));
      const marks = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('fieldline:'))
        .map((m) => ({ name: m.name, at: Math.round(m.startTime) }));
      return {
        domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
        load: Math.round(nav.loadEventEnd),
        scripts,
        marks,
        calls: window.__calls.map((c) => ({
          method: c.method,
          sent: Math.round(c.sent),
          answered: c.answered === undefined ? null : Math.round(c.answered),
          handled: c.handled === undefined ? null : Math.round(c.handled),
          cards: c.size,
        })),
        longTasks: window.__longTasks,
        seen: Object.fromEntries(Object.entries(window.__seen).map(([k, v]) => [k, Math.round(v)])),
        timeOrigin: performance.timeOrigin,
      };
    });
    const worker = page.workers()[0];
    const workerMarks = worker
      ? await worker.evaluate(() => ({
          timeOrigin: performance.timeOrigin,
          marks: performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('fieldline:'))
            .map((m) => ({ name: m.name, at: m.startTime })),
        }))
      : null;
    const shift = workerMarks ? workerMarks.timeOrigin - out.timeOrigin : 0;
    const marks = [
      ...out.marks,
      ...(workerMarks?.marks ?? []).map((m) => ({ name: m.name, at: Math.round(m.at + shift) })),
    ].sort((a, b) => a.at - b.at);
    const seenAt = Object.entries(out.seen)
      .map(([what, at]) => `${what} ${at}`)
      .join(', ');
    console.log(
      `\n=== reload ${i + 1}: ${seenAt} ms (the test saw the live board at ${Math.round(live)}, heap ${heap} MB) ===`,
    );
    console.log('  marks', marks.map((m) => `${m.name.slice(10)}@${m.at}`).join(' '));
    console.log('  scripts', out.scripts.map((s) => `${s.name.slice(0, 14)} ${s.start}-${s.end}`).join(', '));
    console.log(
      '  calls (sent→answered+handled ms)',
      out.calls
        .map(
          (c) =>
            `${c.method}${c.cards === undefined ? '' : `[${c.cards}]`} ${c.sent}→${c.answered}+${c.handled}`,
        )
        .join(', '),
    );
    console.log('  long tasks', out.longTasks.map((l) => `${l.at}+${l.ms}`).join(' '));
  }
  await context.close();
} finally {
  await browser?.close();
  server.stop();
}
