import type { StageHistoryEntry } from '../../model';

/** One deal's history, oldest first. */
export type DealHistory = readonly StageHistoryEntry[];

/**
 * The history of one pipeline grouped by deal, each deal's entries in time order (entries
 * written at the same millisecond by id: the order the store's `[dealId+at]` index gives).
 */
export function historyByDeal(
  history: readonly StageHistoryEntry[],
  pipelineId: string,
): Map<string, StageHistoryEntry[]> {
  const byDeal = new Map<string, StageHistoryEntry[]>();
  for (const entry of history) {
    if (entry.pipelineId !== pipelineId) continue;
    const list = byDeal.get(entry.dealId);
    if (list) list.push(entry);
    else byDeal.set(entry.dealId, [entry]);
  }
  for (const list of byDeal.values())
    list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byDeal;
}

/**
 * A stage entry: the deal arrived in `toStageId` from somewhere else (or was created
 * there). Status-only entries (lost, disqualified, reopened in place) keep the stage and
 * are not entries.
 */
export function isStageEntry(entry: StageHistoryEntry): boolean {
  return entry.fromStageId !== entry.toStageId;
}

/** The deal left the pipeline (lost or disqualified) with this entry. */
export function isExit(entry: StageHistoryEntry): boolean {
  return entry.toStatus === 'lost' || entry.toStatus === 'disqualified';
}
