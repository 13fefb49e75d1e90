import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, protocol } from './fakeElectron';
import type { FakeIpcMain } from './fakeIpc';
import { CHANNELS } from '../../../src/main/preload/channels';
import { bridgeChannel } from '../../../src/shared/bridge/contract';

/** Everything index.ts touches beyond the shared fakes. */
const extra = vi.hoisted(() => ({
  webRequest: [] as unknown[],
  permissionHandlers: [] as string[],
  trays: [] as string[],
  startReminders: vi.fn(() => ({ stop: vi.fn() })),
  startBackups: vi.fn(() => ({
    backupNow: vi.fn(),
    list: vi.fn(async () => []),
    restore: vi.fn(),
    flush: vi.fn(async () => undefined),
    stop: vi.fn(),
  })),
  menus: [] as unknown[],
  userDataSet: [] as string[],
  logs: [] as string[],
}));

vi.mock('electron', async () => {
  const fakes = await import('./fakeElectron');
  const { FakeIpcMain: Ipc } = await import('./fakeIpc');
  const { fakeChannel } = await import('./fakePorts');
  const session = {
    webRequest: { onBeforeRequest: (listener: unknown) => extra.webRequest.push(listener) },
    setPermissionRequestHandler: () => extra.permissionHandlers.push('request'),
    setPermissionCheckHandler: () => extra.permissionHandlers.push('check'),
    setDevicePermissionHandler: () => extra.permissionHandlers.push('device'),
    setDisplayMediaRequestHandler: () => extra.permissionHandlers.push('display'),
  };
  class Tray {
    constructor(icon: string) {
      extra.trays.push(icon);
    }
    setContextMenu() {}
    setToolTip() {}
    on() {}
    destroy() {}
  }
  let channels = 0;
  return {
    ...fakes.electronModule,
    ipcMain: new Ipc(),
    session: { defaultSession: session, fromPartition: () => session },
    MessageChannelMain: class {
      readonly port1;
      readonly port2;
      constructor() {
        const pair = fakeChannel(`main${++channels}`);
        this.port1 = pair.port1;
        this.port2 = pair.port2;
      }
    },
    Tray,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => extra.menus.push(menu),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
    shell: { ...fakes.shell, openPath: vi.fn() },
    app: Object.assign(fakes.app, {
      commandLine: { hasSwitch: () => false },
      setPath: (name: string, value: string) => extra.userDataSet.push(`${name}=${value}`),
      setAppUserModelId: vi.fn(),
      getVersion: () => '0.1.0',
      exit: vi.fn(),
    }),
  };
});
vi.mock('../../../src/main/log', () => ({
  openMainLog: (dir: string) => ({
    log: {
      dir,
      file: `${dir}/main.log`,
      info: (m: string) => extra.logs.push(m),
      warn: (m: string) => extra.logs.push(m),
      error: (m: string) => extra.logs.push(m),
    },
    problem: null,
  }),
  logProcessErrors: vi.fn(),
}));
vi.mock('../../../src/main/reminders', () => ({ startReminders: extra.startReminders }));
vi.mock('../../../src/main/backups', () => ({ startBackups: extra.startBackups }));

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('index.ts wiring', () => {
  it('secures the session, starts the store host first, then the UI, and brokers store ports to both', async () => {
    const electron = (await import('electron')) as unknown as { ipcMain: FakeIpcMain };
    await import('../../../src/main/index');
    await settle();

    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(extra.webRequest).toHaveLength(1);
    expect(extra.permissionHandlers.sort()).toEqual(['check', 'device', 'display', 'request']);

    const [host, ui] = FakeBrowserWindow.instances;
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(host?.loadURL).toHaveBeenCalledWith('app://fieldline/store-host.html');
    expect(host?.options).toMatchObject({
      show: false,
      webPreferences: { preload: expect.stringMatching(/preload[/\\]storeHost\.js$/), sandbox: true },
    });
    expect(ui?.loadURL).toHaveBeenCalledWith('app://fieldline/index.html');
    expect(ui?.options).toMatchObject({
      webPreferences: {
        preload: expect.stringMatching(/preload[/\\]ui\.js$/),
        sandbox: true,
        contextIsolation: true,
      },
    });
    expect(ui?.visible).toBe(true);

    // The data folder is the app's own, the same for `npm start` and an installed app.
    expect(extra.userDataSet).toEqual([
      `userData=${path.join('/home/rep/.config/Fieldline/appData', 'Fieldline')}`,
    ]);
    // Reminders and backups get main's client; backups live outside Chromium's folders.
    expect(extra.startReminders).toHaveBeenCalledWith({
      client: expect.any(Object),
      openDeal: expect.any(Function),
    });
    expect(extra.startBackups).toHaveBeenCalledWith({
      client: expect.any(Object),
      dir: path.join('/home/rep/.config/Fieldline', 'backups'),
      log: expect.any(Function),
    });
    expect(extra.trays).toEqual([
      expect.stringMatching(/out[/\\]resources[/\\]icon\.png$|resources[/\\]icon\.png$/),
    ]);
    expect(extra.menus).toHaveLength(1);

    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(
      [
        bridgeChannel('backupNow'),
        CHANNELS.journal,
        bridgeChannel('listBackups'),
        bridgeChannel('openExternal'),
        bridgeChannel('openMailto'),
        bridgeChannel('printToPdf'),
        bridgeChannel('restoreBackup'),
        bridgeChannel('saveFile'),
        bridgeChannel('saveFiles'),
      ].sort(),
    );

    // Store host loads → it gets main's port; once it says its database serves, the UI gets a port of its own.
    host?.webContents.emit('did-finish-load');
    ui?.webContents.emit('did-finish-load');
    expect(ui?.webContents.postMessage).not.toHaveBeenCalledWith(CHANNELS.storePort, null, expect.anything());
    electron.ipcMain.emit(CHANNELS.storeHostStatus, { sender: host?.webContents }, { state: 'ready' });
    expect(host?.webContents.postMessage.mock.calls.map(([channel]) => channel)).toEqual([
      CHANNELS.storeHostConnect,
      CHANNELS.storeHostConnect,
    ]);
    expect(ui?.webContents.postMessage).toHaveBeenCalledWith(CHANNELS.storePort, null, [
      expect.any(EventEmitter),
    ]);

    // Closing the UI window hides it to the tray; a second launch brings it back.
    expect(ui?.userClose()).toBe(false);
    expect(ui?.visible).toBe(false);
    app.emit('second-instance');
    expect(ui?.visible).toBe(true);

    // A notification click opens the deal in the UI.
    const openDeal = (extra.startReminders.mock.calls[0] as unknown as [{ openDeal(id: string): void }])[0]
      .openDeal;
    openDeal('deal-42');
    expect(ui?.webContents.send).toHaveBeenCalledWith(CHANNELS.openDeal, 'deal-42');

    // Quit: everything stops at before-quit (the last backup first, while the host still serves), then the app quits.
    app.emit('before-quit', { preventDefault: vi.fn() });
    expect(ui?.userClose()).toBe(true);
    await settle();
    await settle();
    const reminders = extra.startReminders.mock.results[0]?.value as { stop: ReturnType<typeof vi.fn> };
    const backups = extra.startBackups.mock.results[0]?.value as { flush: ReturnType<typeof vi.fn> };
    expect(reminders.stop).toHaveBeenCalledTimes(1);
    expect(backups.flush).toHaveBeenCalledTimes(1);
    expect(host?.destroyed).toBe(true);
    expect(app.quit).toHaveBeenCalled();
  });
});
