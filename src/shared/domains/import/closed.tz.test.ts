// A won row without a close date is signed "today": the rep's local day, not the UTC one.
// Runs in UTC and America/New_York (tests/vitest.config.mts).
import { describe, expect, it } from 'vitest';
import { closedAs } from './closed';
import { makeCandidate } from './testing/candidate';

const local = (m: number, d: number, h: number) => new Date(2026, m - 1, d, h).getTime();
const signedDate = (fields: ReturnType<typeof closedAs>['fields']) =>
  fields.outcome?.kind === 'won' ? fields.outcome.signedDate : null;

describe('closedAs: the signed date of an imported won deal', () => {
  it('is the local calendar day of the import when the file has no close date, late in the evening too', () => {
    // 21:30 local on 10 March: in New York that is already 11 March in UTC.
    const now = local(3, 10, 21) + 30 * 60_000;
    const won = closedAs(makeCandidate(2, { status: 'won', value: 500 }), now);
    expect(signedDate(won.fields)).toBe('2026-03-10');
    expect(won.at).toBe(now);
  });

  it('is the close date the file gives, dated at its local noon (never after the import)', () => {
    const now = local(3, 10, 9);
    const won = closedAs(makeCandidate(2, { status: 'won', expectedClose: '2026-03-02' }), now);
    expect(signedDate(won.fields)).toBe('2026-03-02');
    expect(won.at).toBe(local(3, 2, 12));
    const sameDay = closedAs(makeCandidate(3, { status: 'won', expectedClose: '2026-03-10' }), now);
    expect(sameDay.at).toBe(now);
  });

  it('a lost row keeps its reason, and an open row is not closed', () => {
    const now = local(3, 10, 9);
    const lost = closedAs(makeCandidate(2, { status: 'lost', lostReason: 'Budget' }), now);
    expect(lost.fields.outcome).toEqual({ kind: 'lost', reason: 'Budget', competitor: '', note: '' });
    expect(closedAs(makeCandidate(3, { status: 'open' }), now).fields).toEqual({});
  });
});
