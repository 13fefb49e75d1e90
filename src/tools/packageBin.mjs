// The JavaScript file behind an installed package's command (package.json "bin"), so the tools
// run it as `node <file>` — the same on Windows, where spawning `npx` or a bare command name
// without a shell fails (npx is npx.cmd there).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The bin file of `pkg` (its `command`, or its only one), resolved from `root`. */
export function packageBin(root, pkg, command = undefined) {
  const manifestPath = createRequire(path.join(root, 'package.json')).resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin?.[command ?? Object.keys(bin ?? {})[0] ?? ''];
  if (!relative) throw new Error(`${pkg} has no command ${command ?? ''}`.trim());
  return path.join(path.dirname(manifestPath), relative);
}

/** `[node, <bin file>, ...args]` for spawnSync(command[0], command.slice(1)). */
export function nodeCommand(root, pkg, command, args) {
  return [process.execPath, packageBin(root, pkg, command), ...args];
}
