import type { Activity, CurrencyContext, Deal, Pipeline, StageHistoryEntry } from '../../model';
import { dealContribution, type RollupPart } from './contribution';
import { dashboardFromRollups } from './fromRollups';
import type { Dashboard, Period } from './types';

export interface DashboardInput {
  pipeline: Pipeline;
  /** Every deal of the pipeline, whatever its status. */
  deals: readonly Deal[];
  /** The pipeline's stage history (all of it; entries of other pipelines are ignored). */
  history: readonly StageHistoryEntry[];
  /** The activities of the pipeline's deals (others are ignored). */
  activities: readonly Pick<Activity, 'dealId' | 'at' | 'type'>[];
  period: Period;
  now: number;
  /** Home currency and rates: every amount of the dashboard is in home units. */
  money: CurrencyContext;
}

/** Records grouped by their deal. */
export function groupBy<T extends { dealId: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) {
    const list = map.get(r.dealId);
    if (list) list.push(r);
    else map.set(r.dealId, [r]);
  }
  return map;
}

/** Add parts into per-bucket sums (buckets whose counters all return to 0 disappear). */
export function sumParts(
  into: Map<string, RollupPart>,
  parts: readonly RollupPart[],
  sign: 1 | -1 = 1,
): void {
  for (const part of parts) {
    const row = into.get(part.id) ?? { ...part, n: part.n.map(() => 0) };
    part.n.forEach((v, i) => (row.n[i] = (row.n[i] ?? 0) + sign * v));
    if (row.n.every((v) => v === 0)) into.delete(part.id);
    else into.set(part.id, row);
  }
}

/**
 * Every chart's series from raw records; pure. The definition the store's rollups follow: each
 * deal's contribution (contribution.ts) summed per bucket, then read as the dashboard
 * (fromRollups.ts). The store sums the same contributions incrementally.
 */
export function buildDashboard({
  pipeline,
  deals,
  history,
  activities,
  period,
  now,
  money,
}: DashboardInput): Dashboard {
  const own = history.filter((e) => e.pipelineId === pipeline.id);
  const dealById = new Map(deals.filter((d) => d.pipelineId === pipeline.id).map((d) => [d.id, d]));
  const ids = [...new Set([...dealById.keys(), ...own.map((e) => e.dealId)])];
  const pipelines = new Map([[pipeline.id, pipeline]]);
  const historyOf = groupBy(own);
  const activitiesOf = groupBy(activities);
  const sums = new Map<string, RollupPart>();
  for (const dealId of ids) {
    const parts = dealContribution({
      dealId,
      deal: dealById.get(dealId),
      history: historyOf.get(dealId) ?? [],
      activities: dealById.has(dealId) ? (activitiesOf.get(dealId) ?? []) : [],
      pipelines,
    });
    sumParts(
      sums,
      parts.filter((p) => p.pipelineId === pipeline.id),
    );
  }
  return dashboardFromRollups({
    pipeline,
    rows: [...sums.values()],
    period,
    now,
    money,
    deals: [...dealById.values()],
  });
}
