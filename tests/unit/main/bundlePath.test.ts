import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInside, resolveBundlePath } from '../../../src/main/bundlePath';

const ROOT = path.resolve('/opt/fieldline/out/renderer');

const ok = (url: string) => {
  const result = resolveBundlePath(ROOT, url);
  if (!result.ok) throw new Error(`expected ${url} to resolve, got ${result.status} ${result.reason}`);
  return result;
};

describe('resolveBundlePath', () => {
  it('serves index.html for the root and plain files under the bundle', () => {
    expect(ok('app://fieldline/').filePath).toBe(path.join(ROOT, 'index.html'));
    expect(ok('app://fieldline').filePath).toBe(path.join(ROOT, 'index.html'));
    expect(ok('app://fieldline/index.html').filePath).toBe(path.join(ROOT, 'index.html'));
    expect(ok('app://fieldline/store-host.html?x=1#top').filePath).toBe(path.join(ROOT, 'store-host.html'));
    expect(ok('app://fieldline/assets/index-BphTS0sn.js').relativePath).toBe(
      path.join('assets', 'index-BphTS0sn.js'),
    );
    expect(ok('app://FIELDLINE/assets/font%40v2+x~y.woff2').filePath).toBe(
      path.join(ROOT, 'assets', 'font@v2+x~y.woff2'),
    );
  });

  it.each([
    ['plain dot-dot', 'app://fieldline/../secret.txt'],
    ['nested dot-dot', 'app://fieldline/assets/../../etc/passwd'],
    ['single dot', 'app://fieldline/./index.html'],
    ['encoded dot-dot', 'app://fieldline/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dot-dot with encoded slash', 'app://fieldline/%2e%2e%2fetc%2fpasswd'],
    ['upper-case encoded dot-dot', 'app://fieldline/%2E%2E/secret'],
    ['mixed encoded dot-dot', 'app://fieldline/.%2e/secret'],
    ['encoded slash', 'app://fieldline/assets%2F..%2F..%2Fsecret'],
    ['encoded slash alone', 'app://fieldline/%2Fetc/passwd'],
    ['encoded backslash', 'app://fieldline/..%5c..%5csecret'],
    ['backslash', 'app://fieldline/assets\\..\\..\\secret'],
    ['absolute path (double slash)', 'app://fieldline//etc/passwd'],
    ['absolute windows drive', 'app://fieldline/C:/Windows/win.ini'],
    ['encoded drive colon', 'app://fieldline/C%3A/Windows/win.ini'],
    ['null byte', 'app://fieldline/index.html%00.png'],
    ['raw null byte', 'app://fieldline/index.html\u0000.png'],
    ['control character', 'app://fieldline/ind%0aex.html'],
    ['double-encoded dot-dot', 'app://fieldline/%252e%252e/secret'],
    ['hidden file', 'app://fieldline/.env'],
    ['space in a name', 'app://fieldline/a%20b.js'],
    ['malformed escape', 'app://fieldline/%E0%A4%A'],
  ])('refuses %s with 403', (_name, url) => {
    const result = resolveBundlePath(ROOT, url);
    expect(result).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['an empty host', 'app:///index.html'],
    ['another scheme', 'file:///opt/fieldline/out/renderer/index.html'],
    ['https', 'https://fieldline/index.html'],
  ])('answers 404 for %s', (_name, url) => {
    expect(resolveBundlePath(ROOT, url)).toMatchObject({ ok: false, status: 404 });
  });

  it('never resolves any path outside the bundle (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '%2f',
        '%5C',
        '\\',
        '',
        'C:',
        '%00',
        'assets',
        'index.html',
        '~',
        '%252e',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const result = resolveBundlePath(ROOT, `app://fieldline/${segments.join('/')}`);
        if (result.ok) {
          expect(isInside(ROOT, result.filePath)).toBe(true);
          expect(result.filePath.startsWith(ROOT + path.sep)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isInside', () => {
  it('accepts descendants only', () => {
    expect(isInside(ROOT, path.join(ROOT, 'a', 'b.js'))).toBe(true);
    expect(isInside(ROOT, ROOT)).toBe(false);
    expect(isInside(ROOT, path.dirname(ROOT))).toBe(false);
    expect(isInside(ROOT, `${ROOT}-evil/x.js`)).toBe(false);
  });
});
