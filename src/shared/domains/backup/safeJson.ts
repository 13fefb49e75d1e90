/**
 * Reading untrusted JSON safely: a size limit checked before parsing, a parse that never
 * throws, and a refusal of `__proto__` as an own key at any depth (assigning it would swap
 * an object's prototype). The store refuses that key at input too (model/common.ts
 * `RecordKey`), so nothing the app exports is refused here. `constructor` and `prototype`
 * are ordinary data keys: nothing in Fieldline deep-merges untrusted objects, and every map
 * is read with own-key lookups.
 */
import { errorText } from '../../errorText';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/** UTF-8 byte length of a string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether `text` is larger than `maxBytes` once encoded as UTF-8 (cheap for the usual case). */
export function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= maxBytes) return false; // and at most three
  return utf8Length(text) > maxBytes;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = errorText(error);
    return { ok: false, error: `it is not valid JSON, so it may be truncated or damaged (${detail})` };
  }
}

function hasForbiddenKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/**
 * The first forbidden own key and where it sits (e.g. `{ key: '__proto__', at:
 * 'tables.deals[3]' }`; `at` is '' at the top level), or null. The fast walk runs first;
 * paths are only built when something was found.
 */
export function findForbiddenKey(value: unknown): { key: string; at: string } | null {
  if (!hasForbiddenKey(value)) return null;
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const isArray = Array.isArray(node);
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, at: path };
      const child = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      stack.push([(node as Record<string, unknown>)[key], child]);
    }
  }
  return null;
}
