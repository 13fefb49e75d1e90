/**
 * Who the desktop app is to the operating system. One place, read by the main process
 * (user-data folder, Windows AppUserModelID) and by the packaging config (appId, product name),
 * so a build started with `npm start` and an installed build open the same data.
 */
export const APP_IDENTITY = {
  /** Reverse-DNS id: electron-builder `appId`, Windows AppUserModelID, macOS bundle id. */
  appId: 'com.fieldline.desktop',
  /** The name people see: window titles, menus, installers. */
  productName: 'Fieldline',
  /** The folder under the OS's app-data directory that holds the rep's data, logs and backups. */
  userDataDirName: 'Fieldline',
} as const;
