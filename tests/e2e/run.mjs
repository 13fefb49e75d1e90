// `npm run test:e2e`: find a Chromium, build the browser-mode app, run Playwright against it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
console.log(`e2e: using Chromium at ${chromium}`);

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FIELDLINE_CHROMIUM: chromium },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--config', 'src/renderer/vite.web.config.mts', '--logLevel', 'warn']);
// `--config <file>` picks another Playwright config (npm run screenshots); the e2e one by default.
const args = process.argv.slice(2);
const at = args.indexOf('--config');
const config = at === -1 ? 'tests/e2e/playwright.config.ts' : args.splice(at, 2)[1];
run('npx', ['playwright', 'test', '--config', config, ...args]);
