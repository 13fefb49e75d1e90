#!/usr/bin/env node
// `npm start`: make sure Electron's binary is there, then build once and start the desktop app.
import { ensureElectron } from './ensure-electron.mjs';
import { runPackageBin } from './packageBin.mjs';

const result = ensureElectron();
if (!result.path) {
  console.error(`\n${result.missing}\n`);
  process.exit(1);
}
// electron-vite reads ELECTRON_EXEC_PATH; `preview` builds main, preloads and renderer once, then starts Electron.
const env = { ...process.env, ELECTRON_EXEC_PATH: result.path };
delete env.ELECTRON_RENDERER_URL;
const run = runPackageBin('electron-vite', 'electron-vite', ['preview', ...process.argv.slice(2)], { env });
process.exit(run.status ?? 1);
