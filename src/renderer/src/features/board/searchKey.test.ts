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

  it('holds title, company, contact name and e-mail, lower-cased', () => {
    const key = searchKey(deal);
    for (const part of ['fleet pilot', 'harbor as', 'ingrid berg', 'ingrid@harbor.example'])
      expect(key).toContain(part);
    expect(key).toBe(key.toLowerCase());
  });

  it('is built once per card object, and a changed card (a new object) gets its own', () => {
    expect(searchKey(deal)).toBe(searchKey(deal));
    const renamed = { ...deal, title: 'Crane rollout' };
    expect(searchKey(renamed)).toContain('crane rollout');
    expect(searchKey(renamed)).not.toContain('fleet');
    expect(searchKey(deal)).toContain('fleet');
  });

  it('matches a needle inside one field, never across two', () => {
    expect(matchesNeedle(deal, searchNeedle('  PILOT '))).toBe(true);
    expect(matchesNeedle(deal, searchNeedle('berg'))).toBe(true);
    expect(matchesNeedle(deal, 'pilot\nharbor')).toBe(false);
    expect(matchesNeedle(deal, searchNeedle('northwind'))).toBe(false);
    expect(matchesNeedle(deal, searchNeedle('   '))).toBe(true);
  });
});
