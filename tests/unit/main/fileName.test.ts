import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeFileName, withExtension } from '../../../src/main/fileName';

describe('sanitizeFileName', () => {
  it.each([
    ['Acme GmbH – handoff', 'Acme GmbH – handoff'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32', 'C-Windows-system32'],
    ['deal: "big" <one>?', 'deal- -big- -one-'],
    ['  .hidden  ', 'hidden'],
    ['name.', 'name'],
    ['CON', '_CON'],
    ['lpt1.txt', '_lpt1.txt'],
    ['tab\there\nnewline', 'tab-here-newline'],
    ['', 'export'],
    ['...', 'export'],
    ['///', 'export'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps the extension when shortening a long name', () => {
    const name = sanitizeFileName(`${'x'.repeat(300)}.csv`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.csv')).toBe(true);
  });

  it('always yields a safe, non-empty name without separators (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (input) => {
        const name = sanitizeFileName(input);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(120);
        expect(name).not.toMatch(/[/\\<>:"|?*]/);
        expect([...name].some((c) => (c.codePointAt(0) ?? 0) < 0x20)).toBe(false);
        expect(name.startsWith('.')).toBe(false);
        expect(name).not.toBe('..');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('withExtension', () => {
  it('adds a missing extension once', () => {
    expect(withExtension('handoff', 'pdf')).toBe('handoff.pdf');
    expect(withExtension('handoff.PDF', 'pdf')).toBe('handoff.PDF');
    expect(withExtension('deals', '.csv')).toBe('deals.csv');
  });
});
