/**
 * Fieldline's main process: wiring only. Each concern lives in its own module with its
 * dependencies injected; see docs/ARCHITECTURE.md for the picture. Order matters:
 * identity and log first (so every later failure is recorded), the window before the tray
 * (a tray that cannot be made never costs the rep the window), any start-up failure ends in
 * an error dialog and a non-zero exit.
 */
import path from 'node:path';
import { app, dialog, ipcMain, Menu, MessageChannelMain, session, shell } from 'electron';
import { APP_IDENTITY } from './appIdentity';
import { appMenuTemplate } from './appMenu';
import { startBackups } from './backups';
import { registerBridgeHandlers } from './bridgeHandlers';
import { createTray, electronFileExport, openExternal, pickBackupFile } from './electronServices';
import { followUpSummaryFrom } from './followUpSummary';
import { createIpcRegistry } from './ipc';
import { fileJournal } from './journal/fileJournal';
import { registerJournalIpc } from './journal/journalIpc';
import { claimSingleInstance, installLifecycle } from './lifecycle';
import { logProcessErrors, openMainLog } from './log';
import { createMainClient } from './mainClient';
import { createMainWindowController, toUiWindow } from './mainWindow';
import { blockNetwork } from './networkGuard';
import { bundlePaths, devServerUrl, pageUrl } from './paths';
import { installPermissionHandlers } from './permissions';
import { CHANNELS } from './preload/channels';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { startReminders } from './reminders';
import { reportStartupFailure, runStartup } from './startupFailure';
import { createStoreHostSupervisor } from './storeHost';
import { toHostWindow, toUiTarget } from './storeHostWindow';
import { startTray, type TrayController } from './tray';
import { userDataDir } from './userData';
import { createWindow } from './windows';

// Before ready: the data folder (same for `npm start` and an installed app), the log, the
// Windows toast identity, every renderer sandboxed, app:// registered as a privileged scheme.
const dataDir = userDataDir(app.getPath('appData'), app.commandLine.hasSwitch('user-data-dir'));
if (dataDir) app.setPath('userData', dataDir);
const { log: mainLog, problem: logProblem } = openMainLog(path.join(app.getPath('userData'), 'logs'));
/** Stops what start-up had already started, so a failed start arms no restart as it exits. */
let stopStarted: () => void = () => undefined;
const failure = {
  showErrorBox: (title: string, content: string) => dialog.showErrorBox(title, content),
  exit: (code: number) => {
    stopStarted();
    app.exit(code);
  },
  log: mainLog.error,
  logFile: mainLog.file,
};
let started = false;
logProcessErrors(process, mainLog, (error) => {
  if (!started) reportStartupFailure(error, failure);
});
if (process.platform === 'win32') app.setAppUserModelId(APP_IDENTITY.appId);
app.enableSandbox();
registerAppScheme();

/** Set once the app is ready; a second launch calls it to bring the window forward. */
let showMainWindow: () => void = () => undefined;

function main(): void {
  const dev = devServerUrl(process.env, app.isPackaged);
  const paths = bundlePaths(__dirname);
  const log = (message: string) => mainLog.warn(message);
  const backupsDir = path.join(app.getPath('userData'), 'backups');

  serveAppProtocol(paths.rendererRoot);
  blockNetwork(session.defaultSession, dev);
  installPermissionHandlers(session.defaultSession, dev);

  const mainClient = createMainClient();
  const { client } = mainClient;
  const supervisor = createStoreHostSupervisor({
    createHostWindow: () =>
      toHostWindow(
        createWindow({ kind: 'store-host', preload: paths.storeHostPreload, devTools: !app.isPackaged }),
        pageUrl('store-host.html', dev),
        ipcMain,
      ),
    createChannel: () => new MessageChannelMain(),
    connectMain: (port) => mainClient.connect(port),
    ping: () => mainClient.ping(5_000),
    onStatus: (status) => mainWindow.publish(CHANNELS.storeStatus, status),
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
    log,
  });
  supervisor.start();
  stopStarted = () => supervisor.stop();

  const mainWindow = createMainWindowController({
    create() {
      const window = createWindow({
        kind: 'ui',
        preload: paths.uiPreload,
        icon: paths.icon,
        devTools: !app.isPackaged,
      });
      supervisor.registerUi(toUiTarget(window.webContents));
      window
        .loadURL(pageUrl('index.html', dev))
        .catch((error: unknown) => log(`UI failed to load: ${String(error)}`));
      return toUiWindow(window, `${pageUrl('index.html', dev)}?recovered=1`);
    },
    isQuitting: () => lifecycle.isQuitting(),
    onSessionEnd: () => lifecycle.quit(),
    log,
  });
  mainWindow.show();

  const backups = startBackups({ client, dir: backupsDir, log: mainLog.error });
  const reminders = startReminders({ client, openDeal: (dealId) => mainWindow.openDeal(dealId) });
  const stopJournal = registerJournalIpc(
    ipcMain,
    fileJournal(path.join(app.getPath('userData'), 'journal')),
    dev,
  );
  const ipc = createIpcRegistry(ipcMain, dev);
  registerBridgeHandlers(ipc, {
    fileExport: electronFileExport(),
    openExternal,
    backups: () => backups,
    pickBackupFile,
  });

  let tray: TrayController | null = null;
  try {
    tray = startTray({
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
  } catch (error) {
    mainLog.error(
      'the tray icon could not be created; Fieldline runs without it (quit from the menu)',
      error,
    );
  }

  const lifecycle = installLifecycle({
    showMainWindow: () => mainWindow.show(),
    async shutdown() {
      tray?.stop();
      reminders.stop();
      supervisor.stopRestarts();
      await backups.flush();
      backups.stop();
      ipc.dispose();
      supervisor.stop();
      stopJournal(); // after the host is gone: nothing appends any more
      mainClient.close();
      mainLog.info('quit');
    },
    log,
  });

  const menuActions = {
    openLogsFolder: () => void shell.openPath(mainLog.dir),
    openBackupsFolder: () => void shell.openPath(backupsDir),
    quit: () => lifecycle.quit(),
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate(
        { platform: process.platform, packaged: app.isPackaged, productName: APP_IDENTITY.productName },
        menuActions,
      ),
    ),
  );

  showMainWindow = () => mainWindow.show();
  started = true;
  mainLog.info(
    `started ${APP_IDENTITY.productName} ${app.getVersion()} (${app.isPackaged ? 'packaged' : 'development'})`,
  );
}

if (claimSingleInstance(() => showMainWindow())) {
  void app.whenReady().then(() =>
    runStartup(() => {
      if (logProblem) throw logProblem;
      main();
    }, failure),
  );
}
