/**
 * LAUNCH REHEARSAL: the built main bundle (out/main/index.js), run in Node against a strict
 * stand-in for `electron` (rehearsal/strictElectron.ts), laid out as `npm start` runs it and
 * as an installed app runs it. Needs `electron-vite build` first (npm run test:electron does it).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRpcClient, type RpcClient } from '../../src/shared/rpc/client';
import { fromMessagePort, type PortLike } from '../../src/shared/rpc/endpoint';
import type { StoreHost } from '../../src/shared/store/host';
import { fromMessagePortMain } from '../../src/main/portMain';
import type { FakePortMain } from '../unit/main/fakePorts';
import { launchBundle, type Launched } from './rehearsal/launch';
import { copyPackagedFiles, isPackaged } from './rehearsal/packagedLayout';
import type { Recorded } from './rehearsal/strictElectron';
import { FLEET_PILOT } from '../integration/testing/fleetPilot';

const root = path.resolve(__dirname, '../..');
const built = path.join(root, 'out/main/index.js');
if (!existsSync(built))
  throw new Error(
    'out/main/index.js is missing: run `npx electron-vite build` (npm run test:electron does) before the launch rehearsal.',
  );

const LONG = { timeout: 30_000, interval: 20 };
let launched: Launched | null = null;
const temps: string[] = [];
const temp = (label: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `fieldline-rehearsal-${label}-`));
  temps.push(dir);
  return dir;
};

/** Every outgoing connection the main process tries (it must make none: the app is offline by design). */
const connections: string[] = [];
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  connections.push(JSON.stringify(args[0]));
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

afterEach(async () => {
  delete process.env['ELECTRON_RENDERER_URL'];
  launched?.dispose();
  launched = null;
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** electron-builder's `files`: what an installer packs into the app. */
const builderFiles = (
  createRequire(__filename)('../../resources/packaging/electron-builder.config.cjs') as { files: string[] }
).files;

/** An installed app's layout: <install>/resources/app/<what `files` packs> (the asar, unpacked). */
function packagedCopy(mutate?: (appDir: string) => void) {
  const install = temp('install');
  const appDir = path.join(install, 'resources', 'app');
  copyPackagedFiles(root, appDir, builderFiles);
  mutate?.(appDir);
  return {
    appDir,
    resourcesPath: path.join(install, 'resources'),
    bundle: path.join(appDir, 'out/main/index.js'),
  };
}

/** An overdue follow-up, so armed reminders have something to show. */
async function overdueFollowUp(host: StoreHost) {
  const channel = new MessageChannel();
  host.server.connect(fromMessagePort(channel.port1 as unknown as PortLike));
  const client = createRpcClient(fromMessagePort(channel.port2 as unknown as PortLike));
  const deal = await client.call('deals.create', FLEET_PILOT);
  await client.call('followUps.create', {
    dealId: deal.id,
    dueAt: Date.now() - 60_000,
    type: 'call',
    note: 'Intro',
  });
  client.close();
}

const kinds = (events: Recorded[]) => events.map((e) => (e.kind === 'window' ? `window:${e.role}` : e.kind));
const indexOf = (events: Recorded[], kind: string) => kinds(events).indexOf(kind);
const backupsIn = (userData: string) =>
  existsSync(path.join(userData, 'backups'))
    ? readdirSync(path.join(userData, 'backups')).filter((n) => n.endsWith('.json'))
    : [];

/** The UI window's store client, over the port main brokered to it (what the React app uses). */
const uiClients = new WeakMap<Launched, RpcClient>();
function uiClient(app: Launched): RpcClient {
  const existing = uiClients.get(app);
  if (existing) return existing;
  const ui = app.windows.find((w) => w.role === 'ui');
  const port = ui?.webContents.ports.at(-1) as FakePortMain | undefined;
  if (!port) throw new Error('the UI window got no store port');
  const client = createRpcClient(fromMessagePortMain(port));
  uiClients.set(app, client);
  return client;
}

async function expectStartedAndServing(app: Launched, expectedUserData: string) {
  await expect
    .poll(() => kinds(app.events).includes('tray') && app.events.some((e) => e.kind === 'host-ready'), LONG)
    .toBe(true);
  const events = app.events;
  // single-instance lock → app:// protocol → hidden store host → visible UI window → tray
  expect(indexOf(events, 'lock')).toBeGreaterThanOrEqual(0);
  expect(indexOf(events, 'lock')).toBeLessThan(indexOf(events, 'protocol'));
  expect(indexOf(events, 'protocol')).toBeLessThan(indexOf(events, 'window:store-host'));
  expect(indexOf(events, 'window:store-host')).toBeLessThan(indexOf(events, 'window:ui'));
  expect(indexOf(events, 'window:ui')).toBeLessThan(indexOf(events, 'show'));
  expect(indexOf(events, 'show')).toBeLessThan(indexOf(events, 'tray'));
  const ui = app.windows.find((w) => w.role === 'ui');
  expect(ui?.visible).toBe(true);
  expect(events).toContainEqual({ kind: 'load', id: ui?.id, url: 'app://fieldline/index.html', ok: true });
  expect(events.filter((e) => e.kind === 'load').every((e) => e.kind === 'load' && e.ok)).toBe(true);
  // The UI is handed a store port only once the host's database serves, and the store answers through it.
  await expect.poll(() => ui?.webContents.ports.length ?? 0, LONG).toBeGreaterThan(0);
  const client = uiClient(app);
  await expect(client.call('system.info', {})).resolves.toMatchObject({ deals: 1 });
  // Reminders are armed: the overdue follow-up became a native notification.
  await expect.poll(() => app.events.some((e) => e.kind === 'notification'), LONG).toBe(true);
  // The start-up backup was written into the rep's own data folder, and the log beside it.
  expect(app.userData()).toBe(expectedUserData);
  await expect.poll(() => backupsIn(expectedUserData).length, LONG).toBe(1);
  expect(existsSync(path.join(expectedUserData, 'logs', 'main.log'))).toBe(true);
  // The journal outside IndexedDB: main wrote its base snapshot into the data folder.
  expect(existsSync(path.join(expectedUserData, 'journal', 'snapshot.json'))).toBe(true);
  expect(app.exitCode()).toBeNull();
  expect(kinds(app.events)).not.toContain('error-box');
}

async function quitFromTray(app: Launched) {
  const quit = app.trays[0]?.menu.find((item) => item.label === 'Quit Fieldline');
  expect(quit, 'the tray menu has Quit').toBeDefined();
  quit?.click?.();
  await expect(app.exited).resolves.toBe(0);
}

describe('launch rehearsal of the built desktop app', () => {
  it('as `npm start` runs it: starts in order, serves the store, arms reminders, backs up; quits cleanly from the tray', async () => {
    const appData = temp('appdata');
    launched = launchBundle(built, {
      appPath: root,
      packaged: false,
      appData,
      prepareStore: overdueFollowUp,
    });
    const userData = path.join(appData, 'Fieldline');
    await expectStartedAndServing(launched, userData);
    // Development build: the menu keeps reload and DevTools; the UI may open DevTools.
    expect(JSON.stringify(launched.menus[0])).toContain('toggleDevTools');

    // A change after the start-up backup is backed up on quit; nothing restarts while quitting.
    const client = uiClient(launched);
    await client.call('deals.create', {
      title: 'Second lead',
      companyName: 'Ironbark',
      contactName: '',
      contactEmail: '',
      source: 'event',
      value: 100,
    });
    // Acknowledged means journaled by main: the lead is in the journal file before the call returned.
    expect(readFileSync(path.join(userData, 'journal', 'journal.bin')).toString('utf8')).toContain(
      'Second lead',
    );
    const hostsBefore = launched.windows.filter((w) => w.role === 'store-host').length;
    await quitFromTray(launched);
    expect(backupsIn(userData)).toHaveLength(2);
    expect(launched.windows.filter((w) => w.role === 'store-host')).toHaveLength(hostsBefore);
    expect(launched.windows.every((w) => w.isDestroyed())).toBe(true);
    expect(readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')).toMatch(/quit/);
    // From start to quit, main opened no network connection.
    expect(connections).toEqual([]);
  });

  it('as an installed app runs it (packaged, resources/app): same start, no DevTools, same data folder', async () => {
    const { appDir, resourcesPath, bundle } = packagedCopy();
    const appData = temp('appdata');
    // A dev-server URL left in the environment is ignored by an installed app: it loads app:// only.
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    launched = launchBundle(bundle, {
      appPath: appDir,
      packaged: true,
      appData,
      resourcesPath,
      prepareStore: overdueFollowUp,
    });
    await expectStartedAndServing(launched, path.join(appData, 'Fieldline'));
    const ui = launched.windows.find((w) => w.role === 'ui');
    expect(ui?.options.webPreferences).toMatchObject({ devTools: false, spellcheck: false });
    // No window of an installed app can open DevTools, the hidden store host included.
    for (const window of launched.windows)
      expect(window.options.webPreferences?.devTools, window.role).toBe(false);
    const menu = JSON.stringify(launched.menus[0]);
    expect(menu).not.toContain('toggleDevTools');
    expect(menu).not.toContain('reload');
    expect(menu).toContain('Open Logs Folder');
    await quitFromTray(launched);
  });

  it('a tray icon that cannot be loaded is logged and skipped: the window still comes up', async () => {
    const { appDir, resourcesPath, bundle } = packagedCopy((dir) =>
      rmSync(path.join(dir, 'out/resources/icon.png')),
    );
    const appData = temp('appdata');
    launched = launchBundle(bundle, { appPath: appDir, packaged: true, appData, resourcesPath });
    await expect.poll(() => launched?.events.some((e) => e.kind === 'host-ready'), LONG).toBe(true);
    expect(launched.windows.find((w) => w.role === 'ui')?.visible).toBe(true);
    expect(kinds(launched.events)).not.toContain('tray');
    expect(kinds(launched.events)).not.toContain('error-box');
    expect(launched.exitCode()).toBeNull();
    await expect
      .poll(() => readFileSync(path.join(appData, 'Fieldline', 'logs', 'main.log'), 'utf8'), LONG)
      .toContain('the tray icon could not be created');
    // Without a tray, the application menu's Quit still ends the app cleanly.
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const quit = (launched.menus[0] as Item[])
      .flatMap((item) => item.submenu ?? [])
      .find((item) => item.label === 'Quit');
    expect(quit, 'File → Quit').toBeDefined();
    quit?.click?.();
    await expect(launched.exited).resolves.toBe(0);
  });

  it('a start-up failure shows an error dialog naming the cause and the log, and exits non-zero', async () => {
    const { appDir, resourcesPath, bundle } = packagedCopy((dir) =>
      rmSync(path.join(dir, 'out/preload/ui.js')),
    );
    const appData = temp('appdata');
    launched = launchBundle(bundle, { appPath: appDir, packaged: true, appData, resourcesPath });
    await expect(launched.exited).resolves.toBe(1);
    const box = launched.events.find((e) => e.kind === 'error-box');
    expect(box).toMatchObject({ title: 'Fieldline could not start' });
    expect(box?.kind === 'error-box' && box.content).toContain('preload');
    // Exiting arms nothing: no store-host restart is scheduled as the windows close.
    expect(readFileSync(path.join(appData, 'Fieldline', 'logs', 'main.log'), 'utf8')).not.toMatch(
      /restart #/,
    );
    expect(box?.kind === 'error-box' && box.content).toContain(
      path.join(appData, 'Fieldline', 'logs', 'main.log'),
    );
  });

  it('a data folder that cannot be created is a start-up failure too: dialog, non-zero exit, never a silent hang', async () => {
    const { appDir, resourcesPath, bundle } = packagedCopy();
    // <appData> is a plain file, so <appData>/Fieldline/logs can never be made.
    const appData = path.join(temp('appdata'), 'not-a-folder');
    writeFileSync(appData, 'x');
    launched = launchBundle(bundle, { appPath: appDir, packaged: true, appData, resourcesPath });
    await expect(launched.exited).resolves.toBe(1);
    const box = launched.events.find((e) => e.kind === 'error-box');
    expect(box).toMatchObject({ title: 'Fieldline could not start' });
    expect(box?.kind === 'error-box' && box.content).toContain(path.join(appData, 'Fieldline'));
    expect(kinds(launched.events)).not.toContain('window:ui');
  });
});

describe("the installed-app copy follows electron-builder's files list", () => {
  it('packs the bundles and package.json, never source maps or sources', () => {
    const files = ['out/**/*', 'package.json', '!**/*.map'];
    expect(isPackaged('out/main/index.js', files)).toBe(true);
    expect(isPackaged('out/resources/icon.png', files)).toBe(true);
    expect(isPackaged('package.json', files)).toBe(true);
    expect(isPackaged('out/main/index.js.map', files)).toBe(false);
    expect(isPackaged('resources/icon.png', files)).toBe(false);
    expect(isPackaged('out/resources/icon.png', ['out/main/**/*'])).toBe(false);
  });
});
