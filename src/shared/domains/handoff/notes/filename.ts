import { localIsoDate } from '../../../engine';
import type { HandoffDoc } from './types';

export const FILE_NAME_MAX = 120;
const FALLBACK = 'untitled';

/** Windows device names, reserved with any extension (`CON.txt` too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Characters Windows/macOS/Linux forbid or that break paths. */
const FORBIDDEN = new Set(['/', '\\', ':', '*', '?', '"', '<', '>', '|']);

/** Control characters (C0, DEL, C1) and bidi/zero-width marks that can disguise an extension. */
function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function cleanChars(name: string): string {
  let out = '';
  for (const char of name.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (isInvisible(code)) out += code === 0x09 || code === 0x0a || code === 0x0d ? ' ' : '';
    else if (FORBIDDEN.has(char)) out += '-';
    else out += char;
  }
  return out;
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** Leading dots (hidden files) and dashes (read as options by tools); trailing dots and spaces. */
const trimEdges = (s: string): string => s.replace(/^[\s.-]+/, '').replace(/[\s.]+$/, '');

/**
 * A file name safe on Windows, macOS and Linux: no path separators or reserved
 * characters (replaced by `-`), no control or bidi characters, no `..`, no leading dots
 * (hidden files) or dashes or trailing dots/spaces (Windows drops them), no reserved device names (prefixed
 * with `_`), at most `max` characters, never empty.
 */
export function safeFileName(name: string, max = FILE_NAME_MAX): string {
  const limit = Math.max(1, Math.min(max, FILE_NAME_MAX));
  let out = trimEdges(
    cleanChars(name)
      .replace(/\s+/g, ' ')
      .replace(/-{2,}/g, '-')
      .replace(/\.{2,}/g, '.'),
  );
  out = trimEdges(cut(out, limit));
  if (RESERVED.test(out)) out = trimEdges(cut(`_${out}`, limit));
  return out || cut(FALLBACK, limit);
}

/**
 * `Handoff - <company> - <deal> - <YYYY-MM-DD>.<ext>`, safe for any file system, at most
 * `FILE_NAME_MAX` characters including the extension.
 */
export function handoffFileName(doc: HandoffDoc, ext: string): string {
  const safeExt =
    ext
      .replace(/^\.+/, '')
      .replace(/[^a-z0-9]/gi, '')
      .slice(0, 10)
      .toLowerCase() || 'txt';
  const company = (doc.company?.name || doc.deal.companyName).trim();
  const parts = ['Handoff', company, doc.deal.title.trim(), localIsoDate(doc.generatedAt)].filter(Boolean);
  const base = safeFileName(parts.join(' - '), FILE_NAME_MAX - safeExt.length - 1);
  return `${base}.${safeExt}`;
}
