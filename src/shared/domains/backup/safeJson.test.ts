import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsBytes, findForbiddenKey, parseJson, utf8Length } from './safeJson';

describe('utf8Length', () => {
  it('matches the encoder for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
  });

  it('matches the encoder for lone surrogates (encoded as U+FFFD)', () => {
    for (const text of ['\ud800', 'a\udc00b', '\ud83d\ude00', '\ud83d'])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });

  it('exceedsBytes agrees with the exact length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(200), (text, max) => {
        expect(exceedsBytes(text, max)).toBe(Buffer.byteLength(text) > max);
      }),
    );
  });
});

describe('findForbiddenKey', () => {
  it('finds nothing in ordinary JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const parsed = parseJson(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok && !/"__proto__"/.test(text)) expect(findForbiddenKey(parsed.value)).toBeNull();
      }),
    );
  });

  it('names the path of an own __proto__ key at any depth', () => {
    const parsed = parseJson('{"a":[{"b":1},{"c":{"__proto__":{"x":1}}}]}');
    expect(parsed.ok && findForbiddenKey(parsed.value)).toEqual({ key: '__proto__', at: 'a[1].c' });
  });

  it('lets constructor and prototype through as ordinary data keys (the store accepts them; restore must too)', () => {
    const a = parseJson('{"constructor":{"prototype":{"x":1}}}');
    expect(a.ok && findForbiddenKey(a.value)).toBeNull();
    const b = parseJson('[{"ok":{"__proto__":1}}]');
    expect(b.ok && findForbiddenKey(b.value)).toEqual({ key: '__proto__', at: '[0].ok' });
  });

  it('accepts the words as values', () => {
    const parsed = parseJson('{"note":"__proto__ constructor prototype"}');
    expect(parsed.ok && findForbiddenKey(parsed.value)).toBeNull();
  });
});

describe('parseJson', () => {
  it('never throws and explains', () => {
    const parsed = parseJson('{"a":');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('not valid JSON');
  });
});
