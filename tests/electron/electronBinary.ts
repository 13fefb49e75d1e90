import { existsSync } from 'node:fs';

/**
 * The Electron executable the smoke tests launch, or null. tests/electron/run.mjs finds it with
 * Electron's own installer (src/tools/ensure-electron.mjs) and passes it as FIELDLINE_ELECTRON_PATH;
 * deliberately no `require('electron')` here (that call tries to download the binary).
 */
export function findElectronBinary(_root: string): string | null {
  const explicit = process.env['FIELDLINE_ELECTRON_PATH'];
  return explicit && existsSync(explicit) ? explicit : null;
}
