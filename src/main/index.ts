/**
 * Fieldline's main process: wiring only. Each concern lives in its own module with its
 * dependencies injected; see docs/ARCHITECTURE.md for the picture.
 */
import path from 'node:path';
import { app, ipcMain, MessageChannelMain, session } from 'electron';
import { startBackups } from './backups';
import { registerBridgeHandlers } from './bridgeHandlers';
import { createTray, electronFileExport, openExternal, pickBackupFile } from './electronServices';
import { followUpSummaryFrom } from './followUpSummary';
import { createIpcRegistry } from './ipc';
import { claimSingleInstance, installLifecycle } from './lifecycle';
import { createMainClient } from './mainClient';
import { createMainWindowController, toUiWindow } from './mainWindow';
import { blockNetwork } from './networkGuard';
import { bundlePaths, devServerUrl, pageUrl } from './paths';
import { installPermissionHandlers } from './permissions';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { startReminders } from './reminders';
import { createStoreHostSupervisor } from './storeHost';
import { toHostWindow, toUiTarget } from './storeHostWindow';
import { startTray } from './tray';
import { createWindow } from './windows';

const log = (message: string) => console.warn(`[fieldline] ${message}`);

// Before ready: every renderer sandboxed (belt and braces: the window factory sets it too)
// and app:// registered as a privileged scheme.
app.enableSandbox();
registerAppScheme();

/** Set once the app is ready; a second launch calls it to bring the window forward. */
let showMainWindow: () => void = () => undefined;

function main(): void {
  const dev = devServerUrl(process.env, app.isPackaged);
  const paths = bundlePaths(__dirname, app.getAppPath());

  serveAppProtocol(paths.rendererRoot);
  blockNetwork(session.defaultSession, dev);
  installPermissionHandlers(session.defaultSession, dev);

  const mainClient = createMainClient();
  const { client } = mainClient;
  const supervisor = createStoreHostSupervisor({
    createHostWindow: () => toHostWindow(createWindow({ kind: 'store-host', preload: paths.storeHostPreload }), pageUrl('store-host.html', dev)),
    createChannel: () => new MessageChannelMain(),
    connectMain: (port) => mainClient.connect(port),
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
    log,
  });
  supervisor.start();

  const mainWindow = createMainWindowController({
    create() {
      const window = createWindow({ kind: 'ui', preload: paths.uiPreload, icon: paths.icon });
      supervisor.registerUi(toUiTarget(window.webContents));
      window.loadURL(pageUrl('index.html', dev)).catch((error: unknown) => log(`UI failed to load: ${String(error)}`));
      return toUiWindow(window);
    },
    isQuitting: () => lifecycle.isQuitting(),
  });

  const backups = startBackups({ client, dir: path.join(app.getPath('userData'), 'backups') });
  const reminders = startReminders({ client, openDeal: (dealId) => mainWindow.openDeal(dealId) });
  const ipc = createIpcRegistry(ipcMain, dev);
  registerBridgeHandlers(ipc, {
    fileExport: electronFileExport(),
    openExternal,
    backups: () => backups,
    pickBackupFile,
  });
  const tray = startTray({
    tray: createTray(process.platform === 'darwin' ? paths.trayTemplate : paths.icon),
    getSummary: followUpSummaryFrom(client),
    onStoreChanged: (listener) => client.on('store.changed', listener),
    openWindow: () => mainWindow.show(),
    openDeal: (dealId) => mainWindow.openDeal(dealId),
    quit: () => lifecycle.quit(),
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    log,
  });

  const lifecycle = installLifecycle({
    showMainWindow: () => mainWindow.show(),
    shutdown() {
      tray.stop();
      reminders.stop();
      backups.stop();
      ipc.dispose();
      supervisor.stop();
      mainClient.close();
    },
  });

  showMainWindow = () => mainWindow.show();
  mainWindow.show();
}

if (claimSingleInstance(() => showMainWindow())) {
  void app.whenReady().then(main);
}
