import { describe, expect, it } from 'vitest';
import { canSend, fillPlaceholders, fillSlot, placeholderOf, unfilledIn } from './placeholders';

const values = { firstName: 'Maria', company: 'Ironbark Capital', deal: 'Fleet rollout', myName: 'Sam Rep' };

describe('fillPlaceholders', () => {
  it('fills every known placeholder that has a value, spaces inside the braces allowed', () => {
    const filled = fillPlaceholders('Hi {{firstName}}, {{ company }} / {{deal}} — {{myName}}', values);
    expect(filled).toEqual({ text: 'Hi Maria, Ironbark Capital / Fleet rollout — Sam Rep', unfilled: [] });
  });

  it('leaves placeholders without a value as written and reports each once, in order', () => {
    const filled = fillPlaceholders('{{nextStep}} {{firstName}} {{stage}} {{nextStep}}', {
      firstName: 'Maria',
      stage: '   ',
    });
    expect(filled.text).toBe('{{nextStep}} Maria {{stage}} {{nextStep}}');
    expect(filled.unfilled).toEqual(['{{nextStep}}', '{{stage}}']);
  });

  it('reports unknown and malformed placeholders instead of dropping them', () => {
    const filled = fillPlaceholders('Dear {{lastName}}, {{ }} {{first name}} {{firstName}}', values);
    expect(filled.text).toBe('Dear {{lastName}}, {{ }} {{first name}} Maria');
    expect(filled.unfilled).toEqual(['{{lastName}}', '{{ }}', '{{first name}}']);
  });

  it('puts values in once, flattened to one line, never filling a value again', () => {
    const filled = fillPlaceholders('{{firstName}} / {{company}}', {
      firstName: '{{company}}',
      company: ' Acme \n Ltd ',
    });
    expect(filled.text).toBe('{{company}} / Acme Ltd');
    expect(filled.unfilled).toEqual(['{{company}}']);
  });

  it('is case-sensitive about names (an unknown spelling is left for the rep)', () => {
    expect(fillPlaceholders('{{FirstName}}', values).unfilled).toEqual(['{{FirstName}}']);
  });
});

describe('sending', () => {
  it('refuses any part with double braces left, and allows plain text and single braces', () => {
    expect(canSend('Hi Maria', 'Body with {single} braces and }} reversed {{')).toBe(true);
    expect(canSend('Hi Maria', 'Body with {{ opened and closed }} later')).toBe(false);
    expect(canSend('Hi {{firstName}}', 'ok')).toBe(false);
    expect(canSend('ok', 'a {{\n}} b')).toBe(false);
    expect(canSend()).toBe(true);
  });

  it('lists what is left, and the rep can fill a slot in the preview', () => {
    const text = 'Hi {{ firstName }}, about {{deal}}. {{ firstName }}?';
    expect(unfilledIn(text)).toEqual(['{{ firstName }}', '{{deal}}']);
    expect(placeholderOf('{{ firstName }}')).toBe('firstName');
    expect(placeholderOf('{{lastName}}')).toBeNull();
    const done = fillSlot(fillSlot(text, '{{ firstName }}', ' Maria '), '{{deal}}', 'Fleet');
    expect(done).toBe('Hi Maria, about Fleet. Maria?');
    expect(fillSlot(text, '{{deal}}', '  ')).toBe(text);
  });
});
