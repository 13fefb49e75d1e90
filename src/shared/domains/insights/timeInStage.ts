import type { Pipeline } from '../../model';
import type { DealHistory } from './history';
import { isExit, isStageEntry } from './history';
import { DAY, inPeriod } from './period';
import type { TimeInStageRow } from './types';

/**
 * Average time in each stage, from consecutive history entries of each deal.
 *
 * A visit to stage S starts with a stage entry into S whose time lies in the period and
 * ends at the deal's next history entry that takes it elsewhere: a stage entry into
 * another stage, or a loss / disqualification (the deal left the pipeline from S). Visits
 * still going on now (the deal's current stage) are EXCLUDED: their length is not known
 * yet, and counting "until now" would make young deals drag the average down. The row
 * says how many completed visits the average is made of.
 */
export function timeInStage(
  byDeal: ReadonlyMap<string, DealHistory>,
  pipeline: Pipeline,
  from: number | null,
): TimeInStageRow[] {
  const totals = new Map(pipeline.stages.map((s) => [s.id, { ms: 0, visits: 0 }]));
  for (const entries of byDeal.values()) {
    entries.forEach((start, k) => {
      const total = totals.get(start.toStageId);
      if (!total || !isStageEntry(start) || !inPeriod(start.at, from)) return;
      const end = entries.slice(k + 1).find((e) => e.toStageId !== start.toStageId || isExit(e));
      if (!end) return;
      total.ms += end.at - start.at;
      total.visits += 1;
    });
  }
  return pipeline.stages.map((s) => {
    const t = totals.get(s.id)!;
    return {
      id: s.id,
      name: s.name,
      visits: t.visits,
      averageDays: t.visits === 0 ? null : t.ms / t.visits / DAY,
    };
  });
}
