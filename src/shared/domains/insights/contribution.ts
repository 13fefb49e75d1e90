import type { Activity, Deal, Pipeline, StageHistoryEntry } from '../../model';
import { historyByDeal, isExit, isStageEntry } from './history';
import { closedAt, wonValue } from './outcomes';
import { bucketsOf, STATIC_DAY } from './levels';
import { dayOf } from './period';

/**
 * The dashboard as sums: what ONE deal adds to each dashboard bucket (a "rollup part"). The
 * store keeps the sum of every deal's parts (table `rollups`) and each deal's last parts
 * (`rollupFacts`), and applies the difference when a write changes a deal (store/rollups.ts);
 * `buildDashboard` sums the same parts from raw records. Amounts are integer cents per
 * currency, so sums are exact whatever the order they were added in; they are converted to
 * the home currency when the dashboard is read (fromRollups.ts).
 */
export type RollupKind =
  | 'funnel' //    [stageId, currency]                            n = [deals, cents]
  | 'forecast' //  [month, status, stageId, currency, probability] n = [deals, cents]
  | 'deals' //     [currency]                                     n = [deals]
  | 'outcome' //   [status, reason, currency]                     n = [deals, cents]
  | 'entered' //   [stageId]                                      n = [deals]
  | 'advanced' //  [stageId]                                      n = [deals]
  | 'visit' //     [stageId]                                      n = [visits, ms]
  | 'source' //    [source, reachedSql 1/0, won 1/0, currency]    n = [deals, won cents]
  | 'activity'; //  [type]                                         n = [activities]

export interface RollupPart {
  /** Unique per bucket: pipeline, kind, day and key. */
  id: string;
  pipelineId: string;
  /** The bucket's level and place (levels.ts): a day, week or month of the rep's calendar; STATIC_DAY (now); ALL_TIME. */
  day: number;
  kind: RollupKind;
  key: string[];
  n: number[];
}

/** An amount in integer cents (every dashboard amount is counted to the cent). */
export const cents = (amount: number): number => Math.round(amount * 100);
/** A deal's currency key: '' is the home currency (no currency set). */
const currencyOf = (deal: Deal): string => deal.currency ?? '';

export function partId(pipelineId: string, kind: RollupKind, day: number, key: readonly string[]): string {
  return JSON.stringify([pipelineId, kind, day, ...key]);
}

/** A part again from its id and counters (the store keeps each deal's parts in that compact form). */
export function partOf(id: string, n: number[]): RollupPart {
  const [pipelineId, kind, day, ...key] = JSON.parse(id) as [string, RollupKind, number, ...string[]];
  return { id, pipelineId, kind, day, key, n };
}

/** What a deal's parts are computed from. */
export interface ContributionInput {
  dealId: string;
  /** Absent: the deal does not exist (its history may still count). */
  deal: Deal | null | undefined;
  /** Every history entry of this deal, in any pipeline. */
  history: readonly StageHistoryEntry[];
  /** This deal's activities (time and type). */
  activities: readonly Pick<Activity, 'at' | 'type'>[];
  /** Every pipeline by id (stage order decides conversion and reaching SQL). */
  pipelines: ReadonlyMap<string, Pipeline>;
}

class Parts {
  readonly byId = new Map<string, RollupPart>();
  /** A dated part: on its day, week, month and all time (levels.ts `bucketsOf`). */
  dated(pipelineId: string, kind: RollupKind, day: number | null, key: string[], n: number[]) {
    for (const bucket of bucketsOf(kind, day)) this.add(pipelineId, kind, bucket, key, n);
  }
  add(pipelineId: string, kind: RollupKind, day: number, key: string[], n: number[]) {
    const id = partId(pipelineId, kind, day, key);
    const part = this.byId.get(id);
    if (!part) this.byId.set(id, { id, pipelineId, day, kind, key, n: [...n] });
    else n.forEach((v, i) => (part.n[i] = (part.n[i] ?? 0) + v));
  }
}

/** The month a deal counts in for the forecast: its expected close, else (won) its signed date. */
function forecastMonth(deal: Deal): string | null {
  if (deal.expectedClose) return deal.expectedClose.slice(0, 7);
  if (deal.status === 'won' && deal.outcome?.kind === 'won') return deal.outcome.signedDate.slice(0, 7);
  return null;
}

function addDealParts(
  parts: Parts,
  deal: Deal,
  own: readonly StageHistoryEntry[],
  pipeline: Pipeline | undefined,
) {
  const p = deal.pipelineId;
  const currency = currencyOf(deal);
  parts.add(p, 'deals', STATIC_DAY, [currency], [1]);
  if (deal.status === 'open' || deal.status === 'won') {
    parts.add(p, 'funnel', STATIC_DAY, [deal.stageId, currency], [1, cents(deal.value)]);
    const month = forecastMonth(deal);
    if (month !== null) {
      const key =
        deal.status === 'won'
          ? [month, 'won', '', currency, '']
          : [
              month,
              'open',
              deal.stageId,
              currency,
              deal.probability === null ? '' : String(deal.probability),
            ];
      parts.add(p, 'forecast', STATIC_DAY, key, [1, cents(deal.value)]);
    }
  }
  if (deal.status !== 'open') {
    const at = closedAt(deal, own);
    const day = at === null ? null : dayOf(at);
    if (deal.status === 'won') {
      const why = (deal.outcome?.kind === 'won' && deal.outcome.reason) || '(no reason)';
      parts.dated(p, 'outcome', day, ['won', why, currency], [1, cents(wonValue(deal))]);
    } else if (deal.status === 'lost') {
      const why = deal.outcome?.kind === 'lost' ? deal.outcome.reason : '(no reason)';
      parts.dated(p, 'outcome', day, ['lost', why, currency], [1, cents(deal.value)]);
    } else parts.dated(p, 'outcome', day, ['disqualified', '', currency], [1, 0]);
  }
  const stages = pipeline?.stages ?? [];
  const sqlAt = stages.findIndex((s) => s.kind === 'sql');
  const atOrAfterSql = (stageId: string) => sqlAt >= 0 && stages.findIndex((s) => s.id === stageId) >= sqlAt;
  const sql = atOrAfterSql(deal.stageId) || own.some((e) => atOrAfterSql(e.toStageId));
  const won = deal.status === 'won';
  parts.dated(
    p,
    'source',
    dayOf(deal.createdAt),
    [deal.source, sql ? '1' : '0', won ? '1' : '0', currency],
    [1, won ? cents(wonValue(deal)) : 0],
  );
}

/**
 * Conversion of one deal in one pipeline (conversion.ts): for a period from `from` on, the deal
 * entered stage S iff its LAST entry into S is in the period, and advanced iff some entry into S
 * in the period precedes its last entry into a later stage — i.e. iff the last entry into S
 * before that one is in the period. So each is one dated count per stage.
 */
function addStageParts(parts: Parts, entries: readonly StageHistoryEntry[], pipeline: Pipeline | undefined) {
  const p = entries[0]!.pipelineId;
  const stageEntries = entries.filter(isStageEntry);
  pipeline?.stages.forEach((stage, i) => {
    const into = stageEntries.filter((e) => e.toStageId === stage.id);
    if (into.length === 0) return;
    parts.dated(p, 'entered', dayOf(into[into.length - 1]!.at), [stage.id], [1]);
    const later = new Set(pipeline.stages.slice(i + 1).map((s) => s.id));
    let lastLater = -Infinity;
    for (const e of stageEntries) if (later.has(e.toStageId) && e.at > lastLater) lastLater = e.at;
    const before = into.filter((e) => e.at < lastLater);
    if (before.length > 0) parts.dated(p, 'advanced', dayOf(before[before.length - 1]!.at), [stage.id], [1]);
  });
  // Completed visits (timeInStage.ts), dated by their start.
  entries.forEach((start, k) => {
    if (!isStageEntry(start)) return;
    const end = entries.slice(k + 1).find((e) => e.toStageId !== start.toStageId || isExit(e));
    if (end) parts.dated(p, 'visit', dayOf(start.at), [start.toStageId], [1, end.at - start.at]);
  });
}

/** Every rollup part of one deal (merged per bucket), in a stable order. */
export function dealContribution({
  dealId,
  deal,
  history,
  activities,
  pipelines,
}: ContributionInput): RollupPart[] {
  const parts = new Parts();
  const pipelineIds = [...new Set(history.map((e) => e.pipelineId))].sort();
  const ownHistory = (pipelineId: string) => historyByDeal(history, pipelineId).get(dealId) ?? [];
  for (const pipelineId of pipelineIds) {
    const entries = ownHistory(pipelineId);
    if (entries.length) addStageParts(parts, entries, pipelines.get(pipelineId));
  }
  if (deal) {
    addDealParts(parts, deal, ownHistory(deal.pipelineId), pipelines.get(deal.pipelineId));
    for (const a of activities) parts.dated(deal.pipelineId, 'activity', dayOf(a.at), [a.type], [1]);
  }
  return [...parts.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
