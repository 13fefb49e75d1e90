/** How a row the CRM had closed arrives: its status, its signed outcome or loss, and when. */
import { localIsoDate } from '../../engine';
import type { Deal, WonOutcome } from '../../model';
import type { ImportCandidate as Candidate } from './fields';

/** The history reason of every imported deal's first entry. */
export const IMPORT_HISTORY_REASON = 'Imported from CSV';

/** Local noon of a `YYYY-MM-DD` day (a close date in the file), as ms. */
const noonOf = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12).getTime();
};

/**
 * A row the CRM had closed arrives closed: won with its close date and value as the signed
 * outcome (so it counts in win rate and the forecast leaves it out), lost with its reason.
 */
export function closedAs(c: Candidate, now: number): { fields: Partial<Deal>; at: number; reason: string } {
  const at =
    c.expectedClose && c.status && c.status !== 'open' ? Math.min(noonOf(c.expectedClose), now) : now;
  if (c.status === 'won') {
    const signedDate = c.expectedClose ?? localIsoDate(now);
    const outcome: WonOutcome = {
      kind: 'won',
      signedDate,
      contractValue: c.value,
      termMonths: 0,
      poNumber: '',
      commission: { type: 'rate', value: 0 },
      reference: false,
      testimonial: false,
      caseStudy: false,
      ...(c.wonReason ? { reason: c.wonReason } : {}),
    };
    return { fields: { status: 'won', outcome }, at, reason: `${IMPORT_HISTORY_REASON} (won)` };
  }
  if (c.status === 'lost') {
    const reason = c.lostReason || 'Imported as lost';
    return {
      fields: { status: 'lost', outcome: { kind: 'lost', reason, competitor: '', note: '' } },
      at,
      reason: `${IMPORT_HISTORY_REASON} (lost: ${reason})`,
    };
  }
  return { fields: {}, at: now, reason: IMPORT_HISTORY_REASON };
}
