import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectronBinary } from './electronBinary';

const root = path.resolve(__dirname, '../..');
const mainBundle = path.join(root, 'out/main/index.js');
const binary = findElectronBinary(root);

if (!binary)
  console.warn('[electron smoke] Electron binary not installed: skipping the desktop smoke tests.');
test.skip(
  !binary,
  'Electron binary not installed here (node_modules/electron/dist is missing): desktop smoke test skipped. Run `npm install` with internet access to get it.',
);
test.skip(
  !existsSync(mainBundle),
  'out/main/index.js is missing: run `npm run build` before the Electron smoke test.',
);

let app: ElectronApplication;
let userData: string;

/** The visible UI window (the hidden store host is a window too). */
async function uiWindow(): Promise<Page> {
  await expect
    .poll(() => app.windows().some((w) => w.url().endsWith('/index.html')), { timeout: 20_000 })
    .toBe(true);
  const page = app.windows().find((w) => w.url().endsWith('/index.html'));
  if (!page) throw new Error('no UI window');
  return page;
}

const storeHostUrls = () =>
  app.evaluate(({ webContents }) =>
    webContents
      .getAllWebContents()
      .filter((w) => w.getURL().endsWith('/store-host.html'))
      .map((w) => w.id),
  );

test.beforeEach(async () => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'fieldline-electron-'));
  // Never the dev server: the smoke test runs the built app on app://.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
    ),
  );
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [mainBundle, `--user-data-dir=${userData}`],
    cwd: root,
    env,
  });
});

test.afterEach(async () => {
  await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
  await app.close().catch(() => undefined);
  rmSync(userData, { recursive: true, force: true });
});

test('starts the hidden store host first and serves the UI from app:// with no Node and a CSP', async () => {
  const page = await uiWindow();
  expect(page.url()).toBe('app://fieldline/index.html');
  await expect.poll(storeHostUrls).toHaveLength(1);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  const bridge = await page.evaluate(() => {
    const api = (window as unknown as { fieldline: Record<string, unknown> }).fieldline;
    return Object.fromEntries(
      Object.entries(api).map(([k, v]) => [k, typeof v === 'function' ? 'function' : v]),
    );
  });
  expect(bridge).toMatchObject({
    platform: 'electron',
    saveFile: 'function',
    printToPdf: 'function',
    onOpenDeal: 'function',
  });
  await expect(page.locator('#root')).not.toBeEmpty({ timeout: 20_000 });
  const csp = await app.evaluate(async ({ session }) => {
    const response = await session.defaultSession.fetch('app://fieldline/index.html');
    return response.headers.get('content-security-policy');
  });
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});

test('denies window.open, remote requests and path traversal', async () => {
  const page = await uiWindow();
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  const remote = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(remote).toBe('blocked');
  const traversal = await page.evaluate(() =>
    fetch('app://fieldline/%2e%2e/%2e%2e/package.json').then(
      (r) => r.status,
      () => 0,
    ),
  );
  expect([0, 403, 404]).toContain(traversal);
  expect(app.windows().filter((w) => w.url().startsWith('https:'))).toHaveLength(0);
});

test('restarts a crashed store host and the UI keeps working', async () => {
  const page = await uiWindow();
  await expect.poll(storeHostUrls).toHaveLength(1);
  const [before] = await storeHostUrls();
  await app.evaluate(
    ({ webContents }, id) => webContents.fromId(id)?.forcefullyCrashRenderer(),
    before ?? -1,
  );
  await expect
    .poll(async () => (await storeHostUrls()).filter((id) => id !== before).length, { timeout: 20_000 })
    .toBe(1);
  await expect(page.locator('#root')).not.toBeEmpty();
});
