/** Types of packageBin.mjs (a plain Node script used by npm start, npm run dist and the desktop tests). */
import type { SpawnSyncOptions, SpawnSyncReturns } from 'node:child_process';

export function packageBin(pkg: string, command?: string): string;
export function runPackageBin(
  pkg: string,
  command: string,
  args: string[],
  options?: SpawnSyncOptions,
): SpawnSyncReturns<string | Buffer>;
