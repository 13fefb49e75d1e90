import { describe, expect, it } from 'vitest';
import { matchesQuery } from './commands';

describe('matchesQuery', () => {
  it('matches every word in any order, ignoring case', () => {
    expect(matchesQuery('Show stale deals only', 'STALE show')).toBe(true);
    expect(matchesQuery('Show stale deals only', 'stale won')).toBe(false);
    expect(matchesQuery('Anything', '   ')).toBe(true);
  });
});
