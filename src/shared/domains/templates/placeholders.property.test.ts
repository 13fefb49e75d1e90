import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canSend, fillPlaceholders, fillSlot, PLACEHOLDERS, type PlaceholderValues } from './placeholders';
import { messageMailto } from './mailto';

// CPU-bound property runs: a generous timeout so a busy machine never fails them.
const TIMEOUT_MS = 60_000;

/** An independent check: does `text` hold `{{`, then later `}}`? */
function leaks(text: string): boolean {
  const open = text.indexOf('{{');
  return open >= 0 && text.indexOf('}}', open + 2) >= 0;
}

const slot = fc
  .tuple(fc.constantFrom(...PLACEHOLDERS, 'lastName', 'first name', ''), fc.constantFrom('', ' ', '  '))
  .map(([name, pad]) => `{{${pad}${name}${pad}}}`);
const braces = fc.constantFrom('{', '}', '{{', '}}', '{{{', '}}}');
const words = fc.string({ maxLength: 8 });
const template = fc.array(fc.oneof(slot, braces, words), { maxLength: 12 }).map((parts) => parts.join(''));
const value = fc.oneof(
  fc.constant(''),
  fc.constant('  '),
  words,
  fc.constantFrom('{{x}}', '{', '}}', 'Maria'),
);
const values: fc.Arbitrary<PlaceholderValues> = fc.record(
  Object.fromEntries(PLACEHOLDERS.map((p) => [p, value])) as Record<string, fc.Arbitrary<string>>,
  { requiredKeys: [] },
);

describe('no placeholder ever leaks', () => {
  it(
    'whatever the template and values, a message that may be sent holds no {{…}}',
    () => {
      fc.assert(
        fc.property(template, template, values, (subject, body, v) => {
          const s = fillPlaceholders(subject, v);
          const b = fillPlaceholders(body, v);
          if (canSend(s.text, b.text)) {
            expect(leaks(s.text)).toBe(false);
            expect(leaks(b.text)).toBe(false);
            // What the mail program reads: each field of the URL, decoded on its own.
            const fields = /^mailto:[^?]*\?subject=([^&]*)&body=([^&]*)$/.exec(
              messageMailto('a@b.example', s.text, b.text),
            );
            expect(fields?.slice(1).map(decodeURIComponent).some(leaks)).toBe(false);
          } else {
            expect(s.unfilled.length + b.unfilled.length).toBeGreaterThan(0);
          }
          expect(canSend(s.text, b.text)).toBe(!leaks(s.text) && !leaks(b.text));
        }),
        { numRuns: 2000 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a known placeholder without a value is always reported, never filled with nothing',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...PLACEHOLDERS), words, values, (name, text, v) => {
          const filled = fillPlaceholders(`${text.replace(/[{}]/g, '')}{{${name}}}`, { ...v, [name]: ' ' });
          expect(filled.unfilled).toContain(`{{${name}}}`);
          expect(canSend(filled.text)).toBe(false);
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'once the rep fills every reported slot with plain text, the message may be sent',
    () => {
      const plain = fc
        .string({ minLength: 1, maxLength: 8 })
        .filter((s) => s.trim() !== '' && !/[{}]/.test(s));
      const cleanTemplate = fc
        .array(fc.oneof(slot, plain), { maxLength: 10 })
        .map((parts) => parts.join(' '));
      fc.assert(
        fc.property(cleanTemplate, values, plain, (text, v, typed) => {
          const filled = fillPlaceholders(text, v);
          const done = filled.unfilled.reduce((t, s) => fillSlot(t, s, typed), filled.text);
          const clean = Object.values(v).every((x) => !/[{}]/.test(x ?? ''));
          if (clean) expect(canSend(done)).toBe(true);
        }),
      );
    },
    TIMEOUT_MS,
  );
});
