import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export type BundlePathResult =
  { ok: true; filePath: string; relativePath: string } | { ok: false; status: 403 | 404; reason: string };

/** One path segment of a built renderer file: plain names only (Vite emits `name-hash.ext`). */
const SAFE_SEGMENT = /^[A-Za-z0-9_@+~-][A-Za-z0-9._@+~-]*$/;
const URL_PATTERN = new RegExp(`^${APP_SCHEME}://([^/?#]*)([^?#]*)`, 'i');

function hasForbiddenCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || char === '\\' || char === '%') return true;
  }
  return false;
}

const refuse = (status: 403 | 404, reason: string): BundlePathResult => ({ ok: false, status, reason });

/**
 * Maps an `app://fieldline/...` request URL to a file under `root`, or refuses it.
 *
 * Works on the RAW path text, before any URL normalisation could hide a traversal:
 * `..` and `.` segments (plain or percent-encoded), encoded separators (`%2F`, `%5C`),
 * backslashes, empty segments (`//etc/passwd`), drive letters, NUL bytes, hidden files and
 * anything that is not a plain file name are refused with 403. A foreign host is a 404.
 * `/` serves `index.html`. The final path is checked again to lie inside `root`.
 */
export function resolveBundlePath(root: string, requestUrl: string): BundlePathResult {
  const match = URL_PATTERN.exec(requestUrl);
  if (!match) return refuse(404, 'not an app:// URL');
  const host = (match[1] ?? '').toLowerCase();
  if (host !== APP_HOST) return refuse(404, `unknown host "${host}"`);

  const rawPath = match[2] || '/';
  if (!rawPath.startsWith('/')) return refuse(403, 'relative path');
  if (rawPath.includes('\\')) return refuse(403, 'backslash in path');
  if (/%(?:2f|5c|00)/i.test(rawPath)) return refuse(403, 'encoded separator or NUL');

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refuse(403, 'malformed percent-encoding');
  }
  // Control characters, NUL and backslashes are never part of a bundle file name.
  if (hasForbiddenCharacter(decoded)) return refuse(403, 'forbidden character');

  const segments = decoded === '/' ? ['index.html'] : decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '') return refuse(403, 'empty path segment');
    if (segment === '.' || segment === '..') return refuse(403, 'dot segment');
    if (!SAFE_SEGMENT.test(segment)) return refuse(403, `forbidden segment "${segment}"`);
  }

  const base = path.resolve(root);
  const filePath = path.resolve(base, ...segments);
  const relativePath = path.relative(base, filePath);
  if (relativePath === '' || relativePath.startsWith('..') || path.isAbsolute(relativePath)) {
    return refuse(403, 'outside the bundle');
  }
  return { ok: true, filePath, relativePath };
}

/** True when `candidate` (e.g. a symlink's real path) still lies inside `root`. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
