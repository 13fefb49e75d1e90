import { describe, expect, it } from 'vitest';
import { CRM_PRESETS, guessMapping, normaliseHeader } from './presets';

describe('guessMapping', () => {
  it('maps generic headers regardless of case and punctuation', () => {
    expect(
      guessMapping([
        'Deal name',
        'COMPANY',
        'e-mail',
        'Full Name',
        'Amount',
        'Close date',
        'Lead source',
        'Stage',
        'Notes',
      ]),
    ).toEqual({
      preset: 'generic',
      mapping: {
        title: 0,
        company: 1,
        contactName: 3,
        email: 2,
        value: 4,
        source: 6,
        stage: 7,
        expectedClose: 5,
        notes: 8,
      },
    });
  });

  it('maps each column at most once', () => {
    const { mapping } = guessMapping(['Email', 'Email (2)', 'Phone', 'Mobile']);
    expect(mapping).toEqual({ email: 0, phone: 2 });
  });

  it('needs two signature columns to call a file a CRM export', () => {
    expect(guessMapping(['Title', 'Lead Source']).preset).toBe('generic');
    expect(guessMapping(['Title', 'Lead Source', 'Lead Status']).preset).toBe('salesforce');
  });

  it('recognises each preset from its own column names', () => {
    for (const preset of Object.values(CRM_PRESETS)) {
      const headers = Object.values(preset.columns).map((names) => names?.[0] ?? '');
      expect(guessMapping([...preset.signature.slice(0, 3), ...headers]).preset).toBe(preset.id);
    }
  });

  it('normalises headers', () => {
    expect(normaliseHeader('Company / Account')).toBe('companyaccount');
    expect(normaliseHeader('Deal - Expected close date')).toBe('dealexpectedclosedate');
  });
});
