// `npm run test:durability`: the KILL TEST. Chromium runs the built browser-mode app with a
// persistent profile; a writer in the page adds leads and reports each one only after the store
// acknowledged it; the whole Chromium process group is killed with SIGKILL at a random moment;
// some cycles then delete or corrupt the IndexedDB files (what Chromium's own corruption handling
// does); Chromium is relaunched and every acknowledged lead must be there.
//   FIELDLINE_DURABILITY_CYCLES   number of cycles (default 6: kill-only, deleted and corrupted ones)
//   FIELDLINE_DURABILITY_SEED     seed of the random moments and damage (default: time)
// Prints cycles / acknowledged writes / lost writes; exits 1 on any loss.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../e2e/chromium.mjs';
import { packageBin } from '../../src/tools/packageBin.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cycles = Number(process.env.FIELDLINE_DURABILITY_CYCLES ?? 6);
let seed = Number(process.env.FIELDLINE_DURABILITY_SEED ?? Date.now() % 1_000_000);
const firstSeed = seed;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const port = Number(process.env.FIELDLINE_DURABILITY_PORT ?? 4431);
const origin = `http://127.0.0.1:${port}`;
const outDir = path.join(root, 'dist-durability');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const browserPath = findChromium();
if (!browserPath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

/** Which damage a cycle does between kill and relaunch: mostly none, every third deletes, every fourth corrupts. */
const damageFor = (cycle) => (cycle % 3 === 2 ? 'delete' : cycle % 4 === 3 ? 'corrupt' : 'none');

function build() {
  const result = spawnSync(
    process.execPath,
    [packageBin('vite'), 'build', '--config', 'src/renderer/vite.web.config.mts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, FIELDLINE_WEB_OUT: outDir },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function serve() {
  const server = spawn(
    process.execPath,
    [
      packageBin('vite'),
      'preview',
      '--config',
      'src/renderer/vite.web.config.mts',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await sleep(100);
  }
  server.kill();
  throw new Error(`the preview server did not start on ${origin}`);
}

/** The live Chromium (killed in `finally` if the run stops early, so no browser outlives the test). */
let live = null;

/**
 * Chromium in its own process group (so the kill takes every child), with DevTools on a port the
 * OS picks: Chromium writes it to <profile>/DevToolsActivePort, so on a shared machine the harness
 * can never connect to somebody else's browser on a guessed port.
 */
async function launch(profile) {
  const portFile = path.join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true }); // left by the killed browser
  const child = spawn(
    browserPath,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  live = child;
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    const [debugPort, wsPath] = existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n') : [];
    if (debugPort && wsPath)
      return { child, browser: await chromium.connectOverCDP(`ws://127.0.0.1:${debugPort}${wsPath}`) };
    await sleep(100);
  }
  killGroup(child);
  throw new Error('Chromium did not start');
}

/** SIGKILL to the whole process group: the browser, its renderers, GPU and storage services. */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function openApp(browser) {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = await context.newPage();
  await page.goto(`${origin}/?bench`);
  await page.waitForFunction(() => Boolean(window.fieldlineBench), null, { timeout: 60_000 });
  // The store answers only once the database is open (and rebuilt from the journal if needed).
  await page.evaluate(() => window.fieldlineBench.store.call('system.info', {}), null);
  return page;
}

const storedTitles = (page) =>
  page.evaluate(async () =>
    (await window.fieldlineBench.store.call('backup.export', {})).tables.deals.map((d) => d.title),
  );

/** Did this start rebuild the database from the journal? (the store says so in its status) */
const rebuiltAtStart = (page) =>
  page.evaluate(async () => Boolean((await window.fieldlineBench.store.call('recovery.status', {})).notice));

function damage(profile, kind) {
  const idb = path.join(profile, 'Default', 'IndexedDB');
  if (!existsSync(idb)) return { folders: 0, text: 'no IndexedDB folder yet' };
  const dirs = readdirSync(idb).filter(
    (name) => name.startsWith('http_127.0.0.1_') && name.endsWith('.leveldb'),
  );
  for (const dir of dirs) {
    const full = path.join(idb, dir);
    if (kind === 'delete') {
      rmSync(full, { recursive: true, force: true });
      continue;
    }
    for (const file of readdirSync(full).filter((name) => /\.(ldb|log)$/.test(name))) {
      const target = path.join(full, file);
      const bytes = readFileSync(target);
      if (bytes.length === 0) continue;
      for (let i = 0; i < 16; i++) bytes[Math.floor(random() * bytes.length)] ^= 0xff;
      writeFileSync(target, bytes);
    }
  }
  return {
    folders: dirs.length,
    text: `${kind === 'delete' ? 'deleted' : 'corrupted'} ${dirs.length} IndexedDB folder(s)`,
  };
}

async function main() {
  build();
  const server = await serve();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'fieldline-durability-'));
  const acknowledged = new Set();
  const lost = new Set();
  let rebuilds = 0;
  /** Starts after a deleted database (with acknowledged data) where the rep was not told: each is a failure. */
  const silentStarts = [];
  let expectNotice = null;
  /** Checks one start: every acknowledged lead is there, and a wiped database came back with a notice. */
  const checkStart = async (page) => {
    const present = new Set(await storedTitles(page));
    for (const title of acknowledged) if (!present.has(title)) lost.add(title);
    const noticed = await rebuiltAtStart(page);
    if (noticed) rebuilds++;
    else if (expectNotice) silentStarts.push(expectNotice);
    expectNotice = null;
  };
  try {
    for (let cycle = 0; cycle < cycles; cycle++) {
      const { child, browser } = await launch(profile);
      const page = await openApp(browser);
      // Check everything acknowledged so far survived the previous kill (and damage).
      await checkStart(page);
      page.on('console', (message) => {
        const match = /^ACK (.+)$/.exec(message.text());
        if (match) acknowledged.add(match[1]);
      });
      void page
        .evaluate(async (prefix) => {
          for (let n = 0; ; n++) {
            const title = `${prefix}-${n}`;
            await window.fieldlineBench.store.call('deals.create', {
              title,
              companyName: 'Durability',
              contactName: '',
              contactEmail: '',
              source: 'event',
              value: n,
            });
            console.log(`ACK ${title}`); // only after the store said "done"
          }
        }, `cycle${cycle}`)
        .catch(() => undefined);
      await sleep(300 + random() * 2_500);
      killGroup(child);
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      await browser.close().catch(() => undefined);
      const kind = damageFor(cycle);
      const done = kind === 'none' ? null : damage(profile, kind);
      if (kind === 'delete' && done.folders > 0 && acknowledged.size > 0) expectNotice = `cycle ${cycle + 1}`;
      const what = done ? `killed, ${done.text}` : 'killed';
      console.log(
        `durability: cycle ${cycle + 1}/${cycles}: ${what}; ${acknowledged.size} acknowledged so far, ${lost.size} lost`,
      );
    }
    // The final relaunch checks the last cycle.
    const { child, browser } = await launch(profile);
    const page = await openApp(browser);
    await checkStart(page);
    await browser.close().catch(() => undefined);
    killGroup(child);
  } finally {
    if (live) killGroup(live);
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(
    `durability: ${cycles} kill cycles (seed ${firstSeed}), ${acknowledged.size} acknowledged writes, ${lost.size} lost; ${rebuilds} starts rebuilt the data from the journal`,
  );
  if (lost.size > 0) {
    console.error(
      `durability: LOST ${lost.size} acknowledged writes, e.g. ${[...lost].slice(0, 5).join(', ')}`,
    );
    process.exit(1);
  }
  if (silentStarts.length > 0) {
    console.error(
      `durability: the database was deleted before the start after ${silentStarts.join(', ')}, and the rep was not told (no rebuild notice)`,
    );
    process.exit(1);
  }
}

await main();
