import { describe, expect, it } from 'vitest';
import { dealActions } from './dealActions';

describe('dealActions', () => {
  it('an open deal can be won, lost or disqualified; a Sales Accepted Lead can also be rejected', () => {
    expect(dealActions({ status: 'open' }, 'mql')).toEqual(['won', 'lost', 'disqualify']);
    expect(dealActions({ status: 'open' }, 'sal')).toEqual(['won', 'lost', 'disqualify', 'reject-sal']);
  });

  it.each(['won', 'lost', 'disqualified'] as const)('a %s deal can only be reopened', (status) => {
    expect(dealActions({ status }, 'closed')).toEqual(['reopen']);
  });
});
