import type { Deal, DealStatus } from '../../model';
import type { DealHistory } from './history';
import { inPeriod } from './period';
import type { Outcomes, ReasonRow } from './types';

type Closed = Extract<DealStatus, 'won' | 'lost' | 'disqualified'>;

/**
 * When the deal got its current (closed) status: the latest history entry that changed
 * its status to it. Null when the history does not say (e.g. it predates the loaded range).
 */
export function closedAt(deal: Deal, history: DealHistory | undefined): number | null {
  if (!history) return null;
  for (let k = history.length - 1; k >= 0; k--) {
    const e = history[k]!;
    if (e.toStatus === deal.status && e.fromStatus !== deal.status) return e.at;
  }
  return null;
}

/** The value a won deal brought in: the signed contract value, else the deal value. */
export function wonValue(deal: Deal): number {
  return deal.outcome?.kind === 'won' ? deal.outcome.contractValue : deal.value;
}

function count(rows: Map<string, ReasonRow>, reason: string, value: number) {
  const row = rows.get(reason) ?? { reason, count: 0, value: 0 };
  row.count += 1;
  row.value += value;
  rows.set(reason, row);
}

/** Most frequent first, then by value, then by name. */
export const byFrequency = (rows: Map<string, ReasonRow>) =>
  [...rows.values()].sort(
    (a, b) => b.count - a.count || b.value - a.value || a.reason.localeCompare(b.reason),
  );

/**
 * Win rate, won and lost reasons over the deals CLOSED in the period: deals whose current
 * status is won, lost or disqualified and whose history entry that set that status lies
 * from the period's start on. For all time (from = null) every closed deal counts, with or without
 * such an entry. Win rate = won / (won + lost); disqualified leads (pipeline hygiene) are
 * counted apart and do not lower it. Lost reasons come from the deal's outcome, grouped
 * by their exact text, most frequent first (then by value, then by name).
 */
export function outcomes(
  deals: readonly Deal[],
  byDeal: ReadonlyMap<string, DealHistory>,
  from: number | null,
): Outcomes {
  const counts: Record<Closed, number> = { won: 0, lost: 0, disqualified: 0 };
  let won = 0;
  let lost = 0;
  const reasons = new Map<string, ReasonRow>();
  const wonReasons = new Map<string, ReasonRow>();
  for (const deal of deals) {
    if (deal.status === 'open') continue;
    if (from !== null) {
      const at = closedAt(deal, byDeal.get(deal.id));
      if (at === null || !inPeriod(at, from)) continue;
    }
    counts[deal.status] += 1;
    if (deal.status === 'won') {
      won += wonValue(deal);
      const why = (deal.outcome?.kind === 'won' && deal.outcome.reason) || '(no reason)';
      count(wonReasons, why, wonValue(deal));
    }
    if (deal.status !== 'lost') continue;
    lost += deal.value;
    const reason = deal.outcome?.kind === 'lost' ? deal.outcome.reason : '(no reason)';
    count(reasons, reason, deal.value);
  }
  const decided = counts.won + counts.lost;
  return {
    ...counts,
    wonValue: won,
    lostValue: lost,
    winRate: decided === 0 ? null : counts.won / decided,
    lostReasons: byFrequency(reasons),
    wonReasons: byFrequency(wonReasons),
  };
}
