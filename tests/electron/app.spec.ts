/**
 * Real-Electron smoke tests: the desktop app launched exactly as `npm start` launches it
 * (`electron .` in the project, main = out/main/index.js, app:// pages), under Xvfb on Linux.
 * They need Electron's binary; where it cannot be installed they SKIP with the reason (the
 * runner, tests/electron/run.mjs, also prints one line saying so). The launch rehearsal
 * (rehearsal.test.ts) runs everywhere and covers start-up order and failures without the binary.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectronBinary } from './electronBinary';

const root = path.resolve(__dirname, '../..');
const binary = findElectronBinary(root);
const LONG = { timeout: 60_000 };

test.skip(
  !binary,
  'SKIPPED: the Electron binary is not installed here and could not be downloaded (no internet). Run `npm start` once with internet, or set ELECTRON_OVERRIDE_DIST_PATH, to run these.',
);
test.skip(
  !existsSync(path.join(root, 'out/main/index.js')),
  'out/main/index.js is missing: run `npm run build` first.',
);

let app: ElectronApplication;
let userData: string;
const mainErrors: string[] = [];

async function launch(): Promise<ElectronApplication> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RENDERER_URL',
    ),
  );
  const launched = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['.', `--user-data-dir=${userData}`],
    cwd: root,
    env,
  });
  launched.process().stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (/uncaught|unhandled|Error:/i.test(text) && !/DevTools|GPU|dbus/i.test(text)) mainErrors.push(text);
  });
  return launched;
}

/** The visible UI window (the hidden store host is a window too). */
async function uiWindow(): Promise<Page> {
  await expect
    .poll(() => app.windows().some((w) => w.url().startsWith('app://fieldline/index.html')), LONG)
    .toBe(true);
  const page = app.windows().find((w) => w.url().startsWith('app://fieldline/index.html'));
  if (!page) throw new Error('no UI window');
  return page;
}

/** The board is interactive: not "Opening your data…", not the recovery screen. */
async function boardReady(page: Page) {
  await expect(page.getByRole('region', { name: /board/i })).toBeVisible(LONG);
  await expect(page.getByText('Opening your data…')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /recover/i })).toHaveCount(0);
}

const storeHostIds = () =>
  app.evaluate(({ webContents }) =>
    webContents
      .getAllWebContents()
      .filter((w) => w.getURL().endsWith('/store-host.html'))
      .map((w) => w.id),
  );

async function addLead(page: Page, title: string) {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Add lead' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-deal-id]', { hasText: title })).toBeVisible(LONG);
}

test.beforeEach(async () => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'fieldline-electron-'));
  mainErrors.length = 0;
  app = await launch();
});

test.afterEach(async () => {
  await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
  await app.close().catch(() => undefined);
  // Every test, whatever it did: the main process logged no uncaught error or unhandled rejection.
  const logFile = path.join(userData, 'logs', 'main.log');
  const mainLog = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  rmSync(userData, { recursive: true, force: true });
  expect(mainLog).not.toMatch(/uncaught exception|unhandled promise rejection/);
});

test('starts on app:// with the board interactive, a CSP, no Node in the page, and a start-up backup', async () => {
  const page = await uiWindow();
  await boardReady(page);
  expect(page.url()).toBe('app://fieldline/index.html');
  await expect.poll(storeHostIds).toHaveLength(1);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  const csp = await app.evaluate(async ({ session }) =>
    (await session.defaultSession.fetch('app://fieldline/index.html')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("script-src 'self'");
  await expect
    .poll(
      () =>
        existsSync(path.join(userData, 'backups'))
          ? readdirSync(path.join(userData, 'backups')).filter((n) => n.endsWith('.json')).length
          : 0,
      LONG,
    )
    .toBeGreaterThan(0);
  expect(mainErrors).toEqual([]);
});

test('a lead survives a relaunch with the same user data', async () => {
  const page = await uiWindow();
  await boardReady(page);
  await addLead(page, 'Relaunch survivor');
  await app.close();
  app = await launch();
  const again = await uiWindow();
  await boardReady(again);
  await expect(again.locator('[data-deal-id]', { hasText: 'Relaunch survivor' })).toBeVisible(LONG);
});

test('after the store host is killed, a new store call succeeds', async () => {
  const page = await uiWindow();
  await boardReady(page);
  const [before] = await storeHostIds();
  await app.evaluate(
    ({ webContents }, id) => webContents.fromId(id)?.forcefullyCrashRenderer(),
    before ?? -1,
  );
  await expect.poll(async () => (await storeHostIds()).filter((id) => id !== before).length, LONG).toBe(1);
  await addLead(page, 'After the restart');
});

test('the CSV import worker runs under app://, a foreign frame is refused, and no CSP violation is logged', async () => {
  const page = await uiWindow();
  await boardReady(page);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // The Data view parses the file in its module worker (csvParse.worker.ts), loaded from app://.
  await page.getByRole('button', { name: 'Data' }).click();
  const input = page.locator('input[type=file]').first();
  await input.setInputFiles({
    name: 'leads.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Title,Company\nWorker lead,Acme\n'),
  });
  await expect(page.getByText(/1 row/i).first()).toBeVisible(LONG);
  const refused = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>foreign</p>';
    document.body.append(frame);
    const api = (frame.contentWindow as unknown as { fieldline?: { listBackups(): Promise<unknown> } })
      .fieldline;
    return api
      ? api.listBackups().then(
          () => 'answered',
          () => 'refused',
        )
      : 'no bridge';
  });
  expect(['refused', 'no bridge']).toContain(refused);
  expect(violations).toEqual([]);
  expect(mainErrors).toEqual([]);
});

test('Quit from the tray menu exits with code 0', async () => {
  const page = await uiWindow();
  await boardReady(page);
  const exit = new Promise<number | null>((resolve) => app.process().once('exit', (code) => resolve(code)));
  await app.evaluate(({ Menu, app: electronApp }) => {
    // The tray's menu is not reachable from here; its Quit calls the same lifecycle quit as the app menu's.
    const quit = Menu.getApplicationMenu()
      ?.items.flatMap((item) => item.submenu?.items ?? [])
      .find((item) => /^Quit/.test(item.label));
    if (quit) quit.click();
    else electronApp.quit();
  });
  await expect(exit).resolves.toBe(0);
  const log = readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8');
  expect(log).toContain('quit');
  expect(log).not.toMatch(/uncaught exception|unhandled promise rejection/);
});
