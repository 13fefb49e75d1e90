import { describe, expect, it } from 'vitest';
import { matchesNeedle, searchKey, searchNeedle } from './searchKey';
import { card } from './testing/cards';

describe('searchKey', () => {
  const deal = card({
    title: 'Fleet Pilot',
    companyName: 'Harbor AS',
    contactName: 'Ingrid Berg',
    contactEmail: 'Ingrid@Harbor.example',
  });

  it('finds a card by its title, company, contact name or e-mail, whatever their case', () => {
    for (const part of ['fleet pilot', 'HARBOR as', 'ingrid berg', 'ingrid@harbor.example', 'Harbor.EXAMPLE'])
      expect(matchesNeedle(deal, searchNeedle(part))).toBe(true);
    expect(searchKey(deal)).toBe(searchKey(deal).toLowerCase());
  });

  it('is built once per card object, and a changed card (a new object) gets its own', () => {
    expect(searchKey(deal)).toBe(searchKey(deal));
    const renamed = { ...deal, title: 'Crane rollout' };
    expect(searchKey(renamed)).toContain('crane rollout');
    expect(searchKey(renamed)).not.toContain('fleet');
    expect(searchKey(deal)).toContain('fleet');
    expect(matchesNeedle(renamed, 'fleet')).toBe(false);
    expect(matchesNeedle({ ...deal, companyName: 'Quay' }, 'harbor as')).toBe(false);
    expect(matchesNeedle({ ...deal, contactEmail: 'ola@quay.example' }, 'ingrid@')).toBe(false);
  });

  it('matches a needle inside one field, never across two', () => {
    expect(matchesNeedle(deal, searchNeedle('  PILOT '))).toBe(true);
    expect(matchesNeedle(deal, searchNeedle('berg'))).toBe(true);
    expect(matchesNeedle(deal, 'pilot\nharbor')).toBe(false);
    expect(matchesNeedle(deal, 'pilot\ningrid')).toBe(false);
    expect(matchesNeedle(deal, 'as\ningrid')).toBe(false);
    expect(matchesNeedle(deal, searchNeedle('northwind'))).toBe(false);
    expect(matchesNeedle(deal, searchNeedle('   '))).toBe(true);
  });
});
