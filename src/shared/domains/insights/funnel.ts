import type { Deal, Pipeline } from '../../model';
import type { FunnelRow } from './types';

/**
 * The funnel: per stage of the pipeline, the deals whose status is open or won and whose
 * current stage it is, with the sum of their values. This is the board's definition
 * (board.get shows exactly these deals in these columns), so the figures agree with the
 * column headers. A snapshot of now: the period selector does not apply.
 */
export function funnel(deals: readonly Deal[], pipeline: Pipeline): FunnelRow[] {
  const rows = new Map<string, FunnelRow>(
    pipeline.stages.map((s) => [s.id, { id: s.id, name: s.name, count: 0, value: 0 }]),
  );
  for (const deal of deals) {
    if (deal.pipelineId !== pipeline.id || (deal.status !== 'open' && deal.status !== 'won')) continue;
    const row = rows.get(deal.stageId);
    if (!row) continue;
    row.count += 1;
    row.value += deal.value;
  }
  return [...rows.values()];
}
