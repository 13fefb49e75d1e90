/**
 * Who the desktop app is to the operating system. One place (appIdentity.json, which the
 * packaging config reads too), so a build started with `npm start` and an installed build open
 * the same data and Windows shows the installer's toasts.
 * - appId: electron-builder `appId`, Windows AppUserModelID, macOS bundle id.
 * - productName: the name people see (windows, menus, installers).
 * - userDataDirName: the folder under the OS's app-data directory for data, logs and backups.
 */
import identity from './appIdentity.json';

export const APP_IDENTITY: Readonly<{ appId: string; productName: string; userDataDirName: string }> =
  identity;
