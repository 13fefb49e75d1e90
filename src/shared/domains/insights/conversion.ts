import type { Pipeline } from '../../model';
import type { DealHistory } from './history';
import { isStageEntry } from './history';
import { inPeriod } from './period';
import type { ConversionRow } from './types';

/**
 * Stage-to-stage conversion, from stage history.
 *
 * For each stage S (position i in the pipeline):
 * - entered = the number of deals with at least one stage entry into S whose time lies in
 *   the period (from `from` on: period.ts) (a deal that entered S twice counts once);
 * - advanced = of those deals, the ones with a later stage entry (after their first entry
 *   into S in the period) into any stage at a position greater than i — the next stage,
 *   or one past it when a stage was skipped. A move back, a loss or a disqualification is
 *   not an advance. Later entries count whenever they happened, so a deal that
 *   entered S on the last day of the period and moved on since is converted.
 * - rate = advanced / entered; null when nothing entered S, and always null for the last
 *   stage (there is nothing to convert to).
 *
 * Entries into stages that are no longer in the pipeline are ignored.
 */
export function stageConversion(
  byDeal: ReadonlyMap<string, DealHistory>,
  pipeline: Pipeline,
  from: number | null,
): ConversionRow[] {
  const position = new Map(pipeline.stages.map((s, i) => [s.id, i]));
  const entered = pipeline.stages.map(() => 0);
  const advanced = pipeline.stages.map(() => 0);
  for (const entries of byDeal.values()) {
    // First in-period entry time per stage position, for this deal.
    const firstEntry = new Map<number, number>();
    for (const e of entries) {
      const i = position.get(e.toStageId);
      if (i === undefined || !isStageEntry(e) || !inPeriod(e.at, from) || firstEntry.has(i)) continue;
      firstEntry.set(i, e.at);
    }
    for (const [i, at] of firstEntry) {
      entered[i]! += 1;
      const movedOn = entries.some(
        (e) => e.at > at && isStageEntry(e) && (position.get(e.toStageId) ?? -1) > i,
      );
      if (movedOn) advanced[i]! += 1;
    }
  }
  const last = pipeline.stages.length - 1;
  return pipeline.stages.map((s, i) => ({
    id: s.id,
    name: s.name,
    entered: entered[i]!,
    advanced: advanced[i]!,
    rate: i === last || entered[i] === 0 ? null : advanced[i]! / entered[i]!,
  }));
}
