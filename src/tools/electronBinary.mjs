// Where Electron's executable is, and what to tell a person when it is not there.
// Plain Node (no build step): `npm start` and the desktop tests run it before anything else.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The executable's path inside an unpacked Electron, per platform (as Electron's installer names it). */
export function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * Finds the Electron executable without downloading anything. Order: ELECTRON_EXEC_PATH
 * (what electron-vite reads), ELECTRON_OVERRIDE_DIST_PATH (Electron's own variable for an
 * unpacked Electron), then what Electron's installer wrote (node_modules/electron/path.txt + dist/).
 * Returns `{ path }` when found, or `{ missing }` naming where it looked.
 */
export function resolveElectronBinary({
  env,
  platform,
  electronDir,
  exists = existsSync,
  read = (file) => readFileSync(file, 'utf8'),
}) {
  const looked = [];
  const check = (candidate, source) => {
    looked.push(`${source}: ${candidate}`);
    return exists(candidate) ? { path: candidate, source } : null;
  };
  if (env.ELECTRON_EXEC_PATH)
    return check(env.ELECTRON_EXEC_PATH, 'ELECTRON_EXEC_PATH') ?? { missing: looked };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const found = check(
      path.join(env.ELECTRON_OVERRIDE_DIST_PATH, platformExecutable(platform)),
      'ELECTRON_OVERRIDE_DIST_PATH',
    );
    return found ?? { missing: looked };
  }
  const pathFile = path.join(electronDir, 'path.txt');
  if (!exists(pathFile)) {
    looked.push(`Electron's installer has not run (${pathFile} is missing)`);
    return { missing: looked };
  }
  return (
    check(path.join(electronDir, 'dist', read(pathFile).trim()), 'node_modules/electron') ?? {
      missing: looked,
    }
  );
}

/** The version of the pinned electron package. */
export function electronVersion(electronDir, read = (file) => readFileSync(file, 'utf8')) {
  return JSON.parse(read(path.join(electronDir, 'package.json'))).version;
}

/**
 * What a person reads when the Electron binary cannot be had: what, how big, from where, and the
 * ways around. `overridden`: the binary was looked for where ELECTRON_EXEC_PATH /
 * ELECTRON_OVERRIDE_DIST_PATH point (no download was tried).
 */
export function missingElectronMessage({ version, platform, arch, cacheDir, reason, overridden = false }) {
  const zip = `electron-v${version}-${platform}-${arch}.zip`;
  return [
    `Fieldline's desktop app needs the Electron ${version} runtime, and it is not installed.`,
    '',
    reason
      ? `${overridden ? 'Not found' : 'Downloading it failed'}: ${reason}`
      : 'It has not been downloaded yet.',
    '',
    `What is missing: ${zip} (about 100 MB download, about 250 MB unpacked).`,
    `Where it comes from: https://github.com/electron/electron/releases/tag/v${version}`,
    '  (or the mirror in ELECTRON_MIRROR, if you set one).',
    '',
    'Ways around it:',
    '  - Behind a proxy or firewall: set ELECTRON_MIRROR to a mirror you can reach',
    '    (for example ELECTRON_MIRROR=https://your-mirror.example/electron/), then run `npm start` again.',
    `  - Offline: run \`npx install-electron\` once on a connected machine, then copy its Electron`,
    `    download cache (${cacheDir}; electron_config_cache moves it) to the same place here,`,
    '    then run `npm start` again: the installer takes the zip from the cache.',
    '  - Point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron folder (the one that holds',
    `    ${platformExecutable(platform)}), then run \`npm start\` again.`,
    '',
    'Meanwhile the same app runs in your browser, fully offline: `npm run web`.',
  ].join('\n');
}

/** Electron's default download cache (what @electron/get uses when electron_config_cache is unset). */
export function defaultElectronCache(env, platform, home) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'electron');
}
