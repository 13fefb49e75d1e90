import type { Deal } from '../../../model';
import { makeDeal, wonOutcome } from '../../../engine/testing/fixtures';

/**
 * Test data: `count` won deals numbered from `from`, `win-0000`… ("Win i", "Company i"), signed
 * on a day of November 2026 and worth 1,000 + i each: a book of wins for "My numbers".
 */
export function novemberWins(from: number, count: number): Deal[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return makeDeal(
      {
        id: `win-${String(i).padStart(4, '0')}`,
        title: `Win ${i}`,
        companyName: `Company ${i}`,
        status: 'won',
        outcome: wonOutcome({
          signedDate: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`,
          contractValue: 1_000 + i,
        }),
      },
      'closed',
    );
  });
}
