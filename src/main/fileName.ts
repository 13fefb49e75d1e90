const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
const MAX_LENGTH = 120;

function isForbidden(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || FORBIDDEN.has(char);
}

/**
 * Turns a suggested name (often a deal or company name) into a safe file name for the save
 * dialog: no path separators, reserved characters or control characters, no leading dots,
 * no trailing dots/spaces, no Windows device names, at most 120 characters (extension
 * kept), never empty (falls back to `fallback`).
 */
export function sanitizeFileName(suggested: string, fallback = 'export'): string {
  const replaced = Array.from(suggested.normalize('NFC'), (char) => (isForbidden(char) ? '-' : char)).join(
    '',
  );
  let name = replaced.replace(/\s+/g, ' ').replace(/-{2,}/g, '-').trim();
  name = name.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name =
      Array.from(name.slice(0, name.length - extension.length))
        .slice(0, MAX_LENGTH - extension.length)
        .join('')
        .trim() + extension;
  }
  if (RESERVED_WINDOWS_NAMES.test(name)) name = `_${name}`;
  return name === '' ? fallback : name;
}

/** Adds `.ext` unless the name already ends with it (case-insensitive). */
export function withExtension(name: string, extension: string): string {
  const suffix = `.${extension.replace(/^\./, '')}`;
  return name.toLowerCase().endsWith(suffix.toLowerCase()) ? name : `${name}${suffix}`;
}
