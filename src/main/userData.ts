import path from 'node:path';
import { APP_IDENTITY } from './appIdentity';

/**
 * The rep's data folder: `<OS app-data>/Fieldline` whether the app was started with `npm start`
 * (where Electron would otherwise name it after package.json's "name") or installed. An explicit
 * `--user-data-dir` (tests, a second profile) wins.
 */
export function userDataDir(appDataDir: string, hasUserDataSwitch: boolean): string | null {
  return hasUserDataSwitch ? null : path.join(appDataDir, APP_IDENTITY.userDataDirName);
}
