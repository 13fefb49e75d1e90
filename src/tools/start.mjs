#!/usr/bin/env node
// `npm start`: make sure Electron's binary is there, then build once and start the desktop app.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureElectron } from './ensure-electron.mjs';
import { nodeCommand } from './packageBin.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = ensureElectron();
if (!result.path) {
  console.error(`\n${result.missing}\n`);
  process.exit(1);
}
// electron-vite reads ELECTRON_EXEC_PATH; `preview` builds main, preloads and renderer once, then starts Electron.
const env = { ...process.env, ELECTRON_EXEC_PATH: result.path };
delete env.ELECTRON_RENDERER_URL;
// electron-vite's own bin file run by this Node (not `npx`, which Windows cannot spawn without a shell).
const [node, ...args] = nodeCommand(root, 'electron-vite', 'electron-vite', [
  'preview',
  ...process.argv.slice(2),
]);
const run = spawnSync(node, args, { cwd: root, env, stdio: 'inherit' });
if (run.error) console.error(`npm start: could not run electron-vite: ${run.error.message}`);
process.exit(run.status ?? 1);
