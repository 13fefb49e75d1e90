#!/usr/bin/env node
// Makes sure Electron's binary is installed, with Electron's own installer, before the
// desktop app starts or the desktop tests run. Prints the executable's path on success.
//   node src/tools/ensure-electron.mjs            fail (exit 1) with a clear message when missing
//   node src/tools/ensure-electron.mjs --optional print one line and exit 0 when missing (tests)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  defaultElectronCache,
  electronVersion,
  missingElectronMessage,
  resolveElectronBinary,
} from './electronBinary.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Resolves the binary, running Electron's installer once if it is missing. */
export function ensureElectron({ env = process.env, log = console.error } = {}) {
  const electronDir = path.dirname(
    createRequire(path.join(root, 'package.json')).resolve('electron/package.json'),
  );
  const resolve = () => resolveElectronBinary({ env, platform: process.platform, electronDir });
  let found = resolve();
  if (found.path) return { path: found.path };
  let reason;
  const overridden = Boolean(env.ELECTRON_EXEC_PATH || env.ELECTRON_OVERRIDE_DIST_PATH);
  if (!env.ELECTRON_EXEC_PATH && !env.ELECTRON_OVERRIDE_DIST_PATH) {
    log(
      `Installing the Electron runtime with Electron's installer (${path.join(electronDir, 'install.js')})…`,
    );
    const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
      env,
      encoding: 'utf8',
    });
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`;
    reason = firstErrorLine(output) || (result.error ? String(result.error) : '');
    found = resolve();
    if (found.path) return { path: found.path };
  } else {
    reason = `the path in ${env.ELECTRON_EXEC_PATH ? 'ELECTRON_EXEC_PATH' : 'ELECTRON_OVERRIDE_DIST_PATH'} has no Electron executable (${found.missing.join('; ')})`;
  }
  const message = missingElectronMessage({
    version: electronVersion(electronDir),
    platform: process.platform,
    arch: process.arch,
    cacheDir: defaultElectronCache(env, process.platform, os.homedir()),
    reason,
    overridden,
  });
  return { missing: message, reason: reason || 'not installed' };
}

/** The most telling line of the installer's output (its stack trace starts with the error). */
export function firstErrorLine(output) {
  const line = (
    output.split('\n').find((l) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN|status/i.test(l)) ?? ''
  ).trim();
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET/.test(line)) {
    return `${line} (the download server could not be reached: no internet here, or a proxy or firewall is in the way)`;
  }
  return line;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const optional = process.argv.includes('--optional');
  const result = ensureElectron();
  if (result.path) {
    console.log(result.path);
  } else if (optional) {
    console.error(
      `desktop: SKIPPING the real-Electron smoke tests: the Electron binary is not installed and could not be installed here (${result.reason}). The launch rehearsal still runs; \`npm start\` explains how to get Electron.`,
    );
  } else {
    console.error(`\n${result.missing}\n`);
    process.exit(1);
  }
}
