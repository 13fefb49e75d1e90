import { LEAD_SOURCES, LEAD_SOURCE_LABELS, type Deal, type LeadSource, type Pipeline } from '../../model';
import type { DealHistory } from './history';
import { wonValue } from './outcomes';
import { inPeriod } from './period';
import type { SourceRow } from './types';

/** One empty row per source (all nine, in the model's order). */
export function emptySourceRows(): Map<LeadSource, SourceRow> {
  return new Map(
    LEAD_SOURCES.map((source) => [
      source,
      {
        source,
        label: LEAD_SOURCE_LABELS[source],
        leads: 0,
        reachedSql: 0,
        sqlRate: null,
        won: 0,
        wonValue: 0,
      },
    ]),
  );
}

/** The rows with their SQL rate (null without leads). */
export const withSqlRate = (rows: Map<LeadSource, SourceRow>): SourceRow[] =>
  [...rows.values()].map((r) => ({ ...r, sqlRate: r.leads === 0 ? null : r.reachedSql / r.leads }));

/**
 * Lead-source effectiveness, per source (all nine, zeros included, in the model's order),
 * for the leads CREATED in the period (deal.createdAt from the period's start on), followed since:
 * - reachedSql: the lead is, or has ever been, in the pipeline's SQL stage or a later one
 *   (its current stage or any stage its history entered). A pipeline without an SQL stage
 *   counts none.
 * - won / wonValue: the leads now won, and the signed contract value they brought in.
 */
export function sourceEffectiveness(
  deals: readonly Deal[],
  byDeal: ReadonlyMap<string, DealHistory>,
  pipeline: Pipeline,
  from: number | null,
): SourceRow[] {
  const position = new Map(pipeline.stages.map((s, i) => [s.id, i]));
  const sqlAt = pipeline.stages.findIndex((s) => s.kind === 'sql');
  const rows = emptySourceRows();
  const atOrAfterSql = (stageId: string) => sqlAt >= 0 && (position.get(stageId) ?? -1) >= sqlAt;
  for (const deal of deals) {
    if (deal.pipelineId !== pipeline.id || !inPeriod(deal.createdAt, from)) continue;
    const row = rows.get(deal.source);
    if (!row) continue;
    row.leads += 1;
    const history = byDeal.get(deal.id) ?? [];
    if (atOrAfterSql(deal.stageId) || history.some((e) => atOrAfterSql(e.toStageId))) row.reachedSql += 1;
    if (deal.status === 'won') {
      row.won += 1;
      row.wonValue += wonValue(deal);
    }
  }
  return withSqlRate(rows);
}
