// `npm run test:electron`: the desktop app's checks, in order.
// 1. make sure Electron's binary is installed (optional here: it cannot be downloaded offline);
// 2. build once (electron-vite);
// 3. the launch rehearsal of the built bundle against a strict electron stand-in (always runs);
// 4. the real-Electron smoke tests (Playwright `_electron`), under Xvfb on Linux without a display.
//    Without the binary they are skipped, and this prints ONE line saying so and why.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureElectron } from '../../src/tools/ensure-electron.mjs';
import { nodeCommand } from '../../src/tools/packageBin.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (cmd, args, env = process.env) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) console.error(`desktop: could not run ${cmd}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// Each tool's own bin file run by this Node: `npx` cannot be spawned without a shell on Windows.
const tool = (pkg, command, args) => nodeCommand(root, pkg, command, args);
const runTool = (command, env) => run(command[0], command.slice(1), env);

const electron = ensureElectron({ log: () => undefined });
runTool(tool('electron-vite', 'electron-vite', ['build', '--logLevel', 'warn']));
runTool(tool('vitest', 'vitest', ['run', '--config', 'tests/electron/vitest.config.mts']));

const playwright = tool('@playwright/test', 'playwright', [
  'test',
  '-c',
  'tests/electron/playwright.config.ts',
]);
if (!electron.path) {
  console.log(
    `desktop: SKIPPING the real-Electron smoke tests: ${electron.reason}. They run wherever Electron's binary can be installed.`,
  );
  runTool(playwright);
} else {
  const env = { ...process.env, FIELDLINE_ELECTRON_PATH: electron.path };
  const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
  const xvfb = needsDisplay && spawnSync('which', ['xvfb-run']).status === 0;
  if (needsDisplay && !xvfb)
    console.log(
      'desktop: no display and no xvfb-run: the smoke tests may fail to open windows (apt-get install xvfb).',
    );
  if (xvfb) run('xvfb-run', ['-a', ...playwright], env);
  else runTool(playwright, env);
}
