import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILE_NAME_MAX, handoffFileName, safeFileName } from './filename';
import { fixtureDoc } from './testing/fixture';

/** Path/reserved characters, C0 and C1 controls. */
function hasForbidden(name: string): boolean {
  return Array.from(name).some((c) => {
    const code = c.charCodeAt(0);
    return '/\\:*?"<>|'.includes(c) || code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

describe('safeFileName', () => {
  it.each([
    ['Acme / Beta: Q3?', 'Acme - Beta- Q3-'],
    ['..\\..\\etc\\passwd', 'etc-passwd'],
    ['.hidden', 'hidden'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['com1', '_com1'],
    ['Report.  ', 'Report'],
    ['a\u0000b\tc\nd', 'ab c d'],
    ['evil\u202Etxt.exe', 'eviltxt.exe'],
    ['', 'untitled'],
    ['...', 'untitled'],
    ['   ', 'untitled'],
    ['Müller & Söhne — Angebot', 'Müller & Söhne — Angebot'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('limits length without splitting an emoji', () => {
    const out = safeFileName('😀'.repeat(100));
    expect(out.length).toBeLessThanOrEqual(FILE_NAME_MAX);
    expect(out).toBe('😀'.repeat(60));
  });

  it('is always safe, non-empty and at most 120 characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const out = safeFileName(name);
        expect(hasForbidden(out)).toBe(false);
        expect(out.length).toBeGreaterThan(0);
        expect(out.length).toBeLessThanOrEqual(120);
        expect(out).not.toMatch(/^[.\s]|[.\s]$/);
        expect(out).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(out).not.toMatch(/[\uD800-\uDBFF]$/);
      }),
    );
  });

  it('is stable: cleaning a clean name changes nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        (name) => safeFileName(safeFileName(name)) === safeFileName(name),
      ),
    );
  });
});

describe('handoffFileName', () => {
  it('names the file after company, deal and date', () => {
    expect(handoffFileName(fixtureDoc(), 'md')).toBe(
      'Handoff - Nordwind Logistics GmbH - Fleet telematics rollout - 2025-06-02.md',
    );
    expect(handoffFileName(fixtureDoc(), '.HTML')).toMatch(/\.html$/);
  });

  it('stays within 120 characters including a sanitised extension', () => {
    const doc = fixtureDoc();
    doc.deal = { ...doc.deal, title: 'x/'.repeat(150) };
    const name = handoffFileName(doc, '../../evil');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.evil')).toBe(true);
    expect(hasForbidden(name)).toBe(false);
  });
});
