#!/usr/bin/env node
// `npm run dist` (installers for this OS) and `npm run dist:dir` (an unpacked app): build once,
// then electron-builder with resources/packaging/electron-builder.config.cjs. electron-builder
// needs Electron's zip for this OS; offline it uses ELECTRON_DIST (an unpacked Electron), which
// this script fills from ELECTRON_OVERRIDE_DIST_PATH or an installed node_modules/electron/dist.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultElectronCache } from './electronBinary.mjs';
import { runPackageBin } from './packageBin.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const env = { ...process.env };
const installedDist = path.join(root, 'node_modules/electron/dist');
env.ELECTRON_DIST ??=
  env.ELECTRON_OVERRIDE_DIST_PATH ??
  (existsSync(path.join(installedDist, 'version')) ? installedDist : undefined);
if (!env.ELECTRON_DIST) delete env.ELECTRON_DIST;

/** Runs a package's command, echoing its output, and returns its status and what it printed. */
function run(pkg, args) {
  const result = runPackageBin(pkg, pkg, args, {
    env,
    encoding: 'utf8',
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const build = run('electron-vite', ['build']);
if (build.status !== 0) process.exit(build.status ?? 1);

const builder = run('electron-builder', [
  '--config',
  'resources/packaging/electron-builder.config.cjs',
  ...process.argv.slice(2),
]);
if (builder.status !== 0) {
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|download/i.test(builder.output)) {
    const { version } = JSON.parse(
      readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
    );
    const cache = defaultElectronCache(process.env, process.platform, os.homedir());
    console.error(
      [
        '',
        `Packaging needs Electron ${version} for this OS (electron-v${version}-${process.platform}-${process.arch}.zip,`,
        'about 100 MB, from https://github.com/electron/electron/releases), and it could not be downloaded.',
        'Ways around it:',
        `  - set ELECTRON_DIST (or ELECTRON_OVERRIDE_DIST_PATH) to an unpacked Electron ${version};`,
        '  - run `npx install-electron` once with internet (fills node_modules/electron/dist, which this script uses);',
        `  - put the zip into Electron's download cache, ${cache} (electron_config_cache moves it);`,
        '  - behind a proxy or firewall, set ELECTRON_MIRROR to a mirror you can reach.',
        'Installers land in dist/ once it works. Meanwhile the browser version runs with `npm run web`.',
      ].join('\n'),
    );
  }
  process.exit(builder.status ?? 1);
}
console.log('Installers and unpacked apps are in dist/.');
