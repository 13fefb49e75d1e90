/**
 * The files electron-builder puts into the packaged app (its `files` patterns, as in
 * resources/packaging/electron-builder.config.cjs), so the rehearsal's installed-app copy holds
 * exactly what an installer would: drop something main needs from `files` and the rehearsal fails.
 */
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A glob (`**`, `*`, literal names) as a RegExp over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Does `relative` pass electron-builder's `files` list (later patterns win; `!` excludes)? */
export function isPackaged(relative: string, patterns: readonly string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(relative)) included = !negated;
  }
  return included;
}

function walk(root: string, dir: string, out: string[]): void {
  for (const name of readdirSync(path.join(root, dir))) {
    const relative = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(root, relative)).isDirectory()) walk(root, relative, out);
    else out.push(relative);
  }
}

/** Copies from `root` into `appDir` every file of out/, resources/ and package.json that `files` packages. */
export function copyPackagedFiles(root: string, appDir: string, patterns: readonly string[]): string[] {
  const candidates = ['package.json'];
  for (const dir of ['out', 'resources']) walk(root, dir, candidates);
  const copied = candidates.filter((relative) => isPackaged(relative, patterns));
  for (const relative of copied) {
    mkdirSync(path.dirname(path.join(appDir, relative)), { recursive: true });
    cpSync(path.join(root, relative), path.join(appDir, relative));
  }
  return copied;
}
