// Runs an npm package's command with this Node, by the script its package.json names, instead of
// through `npx`: `spawnSync('npx')` without a shell fails on Windows (npx is npx.cmd there, and
// Node refuses to start .cmd files without a shell), which made `npm start`, `npm run dist` and
// the desktop tests exit 1 with no message on Windows.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));

/** The JavaScript file behind `command` of package `pkg` (its package.json `bin`). */
export function packageBin(pkg, command = pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin?.[command];
  if (!relative) throw new Error(`${pkg} has no "${command}" command`);
  return path.join(path.dirname(manifest), relative);
}

/**
 * Runs `command` of `pkg` with `args` in the project folder (stdio inherited unless `options`
 * say otherwise) and returns spawnSync's result. A failure to start is printed, never silent.
 */
export function runPackageBin(pkg, command, args, options = {}) {
  const result = spawnSync(process.execPath, [packageBin(pkg, command), ...args], {
    cwd: root,
    stdio: 'inherit',
    ...options,
  });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result;
}
