import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron executable, or null when it is not installed. Deliberately does NOT
 * `require('electron')`: since Electron 42 that call tries to download the binary.
 * Override with FIELDLINE_ELECTRON_PATH (or Electron's own ELECTRON_OVERRIDE_DIST_PATH).
 */
export function findElectronBinary(root: string): string | null {
  const explicit = process.env['FIELDLINE_ELECTRON_PATH'];
  if (explicit) return existsSync(explicit) ? explicit : null;
  let packageDir: string;
  try {
    packageDir = path.dirname(
      createRequire(path.join(root, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
