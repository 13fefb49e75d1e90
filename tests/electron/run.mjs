// `npm run test:electron`: the desktop app's checks, in order.
// 1. make sure Electron's binary is installed (optional here: it cannot be downloaded offline);
// 2. build once (electron-vite);
// 3. the launch rehearsal of the built bundle against a strict electron stand-in (always runs);
// 4. the real-Electron smoke tests (Playwright `_electron`), under Xvfb on Linux without a display.
//    Without the binary they are skipped, and this prints ONE line saying so and why.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureElectron } from '../../src/tools/ensure-electron.mjs';
import { packageBin } from '../../src/tools/packageBin.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (cmd, args, env = process.env) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) console.error(`Could not run ${cmd}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// Package commands run with this Node (never `npx`, which cannot be spawned without a shell on Windows).
const node = process.execPath;

const electron = ensureElectron({ log: () => undefined });
run(node, [packageBin('electron-vite'), 'build', '--logLevel', 'warn']);
run(node, [packageBin('vitest'), 'run', '--config', 'tests/electron/vitest.config.mts']);

const playwright = [
  packageBin('@playwright/test', 'playwright'),
  'test',
  '-c',
  'tests/electron/playwright.config.ts',
];
if (!electron.path) {
  console.log(
    `desktop: SKIPPING the real-Electron smoke tests: ${electron.reason}. They run wherever Electron's binary can be installed.`,
  );
  run(node, playwright);
} else {
  const env = { ...process.env, FIELDLINE_ELECTRON_PATH: electron.path };
  const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
  const xvfb = needsDisplay && spawnSync('which', ['xvfb-run']).status === 0;
  if (needsDisplay && !xvfb)
    console.log(
      'desktop: no display and no xvfb-run: the smoke tests may fail to open windows (apt-get install xvfb).',
    );
  if (xvfb) run('xvfb-run', ['-a', node, ...playwright], env);
  else run(node, playwright, env);
}
