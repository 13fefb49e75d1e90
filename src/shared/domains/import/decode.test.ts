import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCsvBytes } from './decode';
import { decodeWindows1252 } from './windows-1252';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(utf8('\uFEFFa,ü'))).toEqual({ text: 'a,ü', encoding: 'utf-8', hadBom: true });
    expect(decodeCsvBytes(utf8('a,ü'))).toEqual({ text: 'a,ü', encoding: 'utf-8', hadBom: false });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x20, 0x93, 0x71, 0x94]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Müller € “q”', encoding: 'windows-1252', hadBom: false });
  });

  it('lets the caller override the encoding', () => {
    expect(decodeCsvBytes(utf8('Müller'), 'windows-1252').text).toBe('MÃ¼ller');
    expect(decodeCsvBytes(new Uint8Array([0x4d, 0xfc]), 'utf-8').text).toBe('M\uFFFD');
  });

  it('decodes any valid UTF-8 text unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (s) => decodeCsvBytes(utf8(s)).text === s.replace(/^\uFEFF/, ''),
      ),
    );
  });
});

describe('decodeWindows1252', () => {
  it('maps every byte like the WHATWG Windows-1252 table', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.length).toBe(256);
    expect(all.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
    expect(all.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
    expect(all.slice(0, 0x80)).toBe(String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i)));
  });
});
