import { describe, expect, it } from 'vitest';
import { guessMapping } from './presets';
import { mapRows } from './map-rows';
import { parseFixture } from './testing/fixtures';
import { OPTIONS } from './testing/options';

function importFixture(name: string) {
  const parsed = parseFixture(name);
  const guess = guessMapping(parsed.headers);
  return { guess, ...mapRows(parsed.rows, guess.mapping, { ...OPTIONS, rowNumbers: parsed.rowNumbers }) };
}

describe('CRM exports map to exact candidates', () => {
  it('hubspot.csv', () => {
    const { guess, candidates, rejects } = importFixture('hubspot.csv');
    expect(guess).toEqual({
      preset: 'hubspot',
      mapping: {
        company: 5,
        firstName: 1,
        lastName: 2,
        email: 3,
        phone: 4,
        jobTitle: 6,
        source: 9,
        stage: 7,
        industry: 10,
      },
    });
    expect(rejects).toEqual([]);
    expect(candidates).toEqual([
      {
        row: 2,
        title: 'Acme Corp — Jane Doe',
        companyName: 'Acme Corp',
        contactName: 'Jane Doe',
        email: 'jane.doe@acme.example',
        phone: '+1 617 555 0142',
        jobTitle: 'VP Operations',
        value: 0,
        source: 'website-collateral',
        stageId: 'st-mql',
        expectedClose: null,
        industry: 'Logistics',
        notes: '',
      },
      {
        row: 3,
        title: 'Globex — Raj Patel',
        companyName: 'Globex',
        contactName: 'Raj Patel',
        email: 'raj@globex.example',
        phone: '',
        jobTitle: 'CTO',
        value: 0,
        source: 'campaign',
        stageId: 'st-leadgen',
        expectedClose: null,
        industry: 'Software',
        notes: '',
      },
    ]);
  });

  it('salesforce.csv: "Title" is the job title', () => {
    const { guess, candidates, rejects } = importFixture('salesforce.csv');
    expect(guess).toEqual({
      preset: 'salesforce',
      mapping: {
        company: 3,
        firstName: 0,
        lastName: 1,
        email: 4,
        phone: 5,
        jobTitle: 2,
        source: 6,
        stage: 7,
        industry: 8,
      },
    });
    expect(rejects).toEqual([]);
    expect(candidates).toEqual([
      {
        row: 2,
        title: 'Initech — Maria Garcia',
        companyName: 'Initech',
        contactName: 'Maria Garcia',
        email: 'maria.garcia@initech.example',
        phone: '(555) 010-2000',
        jobTitle: 'Head of Procurement',
        value: 0,
        source: 'event',
        stageId: 'st-nurture',
        expectedClose: null,
        industry: 'Manufacturing',
        notes: '',
      },
      {
        row: 3,
        title: 'Umbrella Ltd — Tom Nguyen',
        companyName: 'Umbrella Ltd',
        contactName: 'Tom Nguyen',
        email: 'tom@umbrella.example',
        phone: '555-0199',
        jobTitle: 'IT Director',
        value: 0,
        source: 'website-collateral',
        stageId: 'st-leadgen',
        expectedClose: null,
        industry: 'Healthcare',
        notes: '',
      },
    ]);
  });

  it('pipedrive.csv', () => {
    const { guess, candidates, rejects } = importFixture('pipedrive.csv');
    expect(guess).toEqual({
      preset: 'pipedrive',
      mapping: {
        title: 1,
        company: 4,
        contactName: 5,
        email: 6,
        phone: 7,
        value: 2,
        currency: 3,
        source: 10,
        stage: 8,
        expectedClose: 9,
      },
    });
    expect(rejects).toEqual([]);
    expect(candidates).toEqual([
      {
        row: 2,
        title: 'Acme fleet pilot',
        companyName: 'Acme Corp',
        contactName: 'Jane Doe',
        email: 'jane.doe@acme.example',
        phone: '+1 617 555 0142',
        jobTitle: '',
        value: 12500,
        currency: 'USD',
        source: 'partner-referral',
        stageId: 'st-sql',
        expectedClose: '2025-06-30',
        industry: '',
        notes: '',
      },
      {
        row: 3,
        title: 'Globex renewal',
        companyName: 'Globex',
        contactName: 'Raj Patel',
        email: 'raj@globex.example',
        phone: '',
        jobTitle: '',
        value: 900,
        currency: 'EUR',
        source: 'event',
        stageId: 'st-sql',
        expectedClose: null,
        industry: '',
        notes: '',
      },
    ]);
  });

  it('semicolon.csv: European money and dates', () => {
    const { guess, candidates } = importFixture('semicolon.csv');
    expect(guess.preset).toBe('generic');
    expect(candidates.map((c) => [c.title, c.companyName, c.value, c.expectedClose])).toEqual([
      ['Pilot', 'Müller GmbH', 12500, '2025-03-31'],
      ['Rollout', 'Beispiel AG', 1200.5, '2025-04-01'],
    ]);
  });

  it('leading-zeros.csv: phone numbers exactly as typed', () => {
    const { candidates } = importFixture('leading-zeros.csv');
    expect(candidates.map((c) => [c.companyName, c.phone, c.value])).toEqual([
      ['Acme', '0049 30 1234567', 100],
      ['00123 Corp', '+44 20 7946 0000', 0],
    ]);
  });

  it('invalid-rows.csv: exact rejects with reasons, one good row', () => {
    const { candidates, rejects } = importFixture('invalid-rows.csv');
    expect(candidates).toEqual([
      {
        row: 2,
        title: 'Good row',
        companyName: 'Acme',
        contactName: 'Jane Doe',
        email: 'jane@acme.example',
        phone: '',
        jobTitle: '',
        value: 1200,
        source: 'campaign',
        stageId: 'st-leadgen',
        expectedClose: '2025-05-01',
        industry: '',
        notes: '',
      },
    ]);
    expect(rejects.map(({ row, reason }) => ({ row, reason }))).toEqual([
      { row: 4, reason: 'E-mail "raj@@globex" is not a valid address.' },
      { row: 5, reason: 'Value "-500" is negative; deal values must be 0 or more.' },
      { row: 6, reason: 'Value "lots" is not a number.' },
      {
        row: 7,
        reason:
          'Expected close "2025-02-30" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
      },
      {
        row: 8,
        reason:
          'Expected close "25/03/2025" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
      },
      { row: 9, reason: 'No title, company or contact name.' },
      {
        row: 10,
        reason:
          'E-mail "tony at stark" is not a valid address. Value "abc" is not a number. Expected close "31/31/2025" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
      },
    ]);
    expect(rejects[0]?.values).toEqual(['Bad email', 'Globex', 'Raj', 'raj@@globex', '100', '']);
  });

  it('sample-leads.csv: all 25 rows import with stages, sources, values and dates', () => {
    const { guess, candidates, rejects } = importFixture('sample-leads.csv');
    expect(guess.preset).toBe('generic');
    expect(Object.keys(guess.mapping).sort()).toEqual(
      [
        'company',
        'email',
        'expectedClose',
        'firstName',
        'industry',
        'jobTitle',
        'lastName',
        'notes',
        'phone',
        'source',
        'stage',
        'title',
        'value',
      ].sort(),
    );
    expect(rejects).toEqual([]);
    expect(candidates).toHaveLength(25);
    expect(candidates[1]).toEqual({
      row: 3,
      title: 'Warehouse scanners',
      companyName: 'Brightline Retail, Inc.',
      contactName: 'Marcus Lee',
      email: 'marcus.lee@brightline.example',
      phone: '+1 312 555 0188',
      jobTitle: 'Director of Operations',
      value: 12500,
      source: 'website-collateral',
      stageId: 'st-nurture',
      expectedClose: '2025-11-15',
      industry: 'Retail',
      notes: 'Downloaded the ROI guide twice',
    });
    expect(new Set(candidates.map((c) => c.source)).size).toBe(9);
    expect(candidates.every((c) => c.stageId.startsWith('st-'))).toBe(true);
  });
});
