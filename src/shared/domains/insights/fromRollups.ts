import {
  rateToHome,
  type ActivityType,
  type CurrencyContext,
  type Deal,
  type LeadSource,
  type Pipeline,
} from '../../model';
import { dealProbability } from '../../engine/forecast';
import { activityByWeek, type DayCount } from './activityWeeks';
import { ALL_TIME, STATIC_DAY, type RollupPart } from './contribution';
import { byFrequency } from './outcomes';
import { emptySourceRows, withSqlRate } from './sources';
import { DAY, dayOf, periodStart } from './period';
import type { Dashboard, ForecastRow, Outcomes, Period, ReasonRow, SourceRow } from './types';

/** The rows one period reads: snapshots of now, and the days from the period's start on (all time: the all-time sums). */
export function inPeriodRows(rows: readonly RollupPart[], from: number | null): RollupPart[] {
  if (from === null) return rows.filter((r) => r.day === STATIC_DAY || r.day === ALL_TIME);
  return rows.filter((r) => r.day === STATIC_DAY || r.day >= dayOf(from));
}

/**
 * What the dashboard needs beyond the rollups: the stages open deals sit in that the pipeline
 * no longer has (the forecast warns about each such deal), and the currencies without a rate
 * (their deals are listed as unconverted). Both are rare; the store reads those few deals.
 */
export function dealsNeeded(rows: readonly RollupPart[], pipeline: Pipeline, money: CurrencyContext) {
  const stages = new Set(pipeline.stages.map((s) => s.id));
  const goneStages = new Set<string>();
  const missingCurrencies = new Set<string>();
  for (const r of rows) {
    if (r.kind === 'forecast' && r.key[1] === 'open' && !stages.has(r.key[2]!)) goneStages.add(r.key[2]!);
    if (r.kind === 'deals' && rateToHome(r.key[0] || undefined, money) === null)
      missingCurrencies.add(r.key[0]!);
  }
  return { goneStages: [...goneStages].sort(), missingCurrencies: [...missingCurrencies].sort() };
}

export interface FromRollupsInput {
  pipeline: Pipeline;
  /** The pipeline's rollup rows (any order; rows of other periods are left out here). */
  rows: readonly RollupPart[];
  period: Period;
  now: number;
  money: CurrencyContext;
  /** The pipeline's deals in a stage it no longer has or a currency with no rate (dealsNeeded). */
  deals: readonly Deal[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every chart's series from the summed rollups of one pipeline; pure and order-independent. */
export function dashboardFromRollups({
  pipeline,
  rows: all,
  period,
  now,
  money,
  deals,
}: FromRollupsInput): Dashboard {
  const from = periodStart(period, now);
  const rows = inPeriodRows(all, from).sort(byId);
  /** Home units of cents in a currency (0 without a rate: the deal counts, its amount does not). */
  const home = (amount: number, currency: string) =>
    ((rateToHome(currency || undefined, money) ?? 0) * amount) / 100;
  const of = (kind: RollupPart['kind']) => rows.filter((r) => r.kind === kind);
  const perStage = (kind: RollupPart['kind'], counter: number) => {
    const sums = new Map<string, number>();
    for (const r of of(kind)) sums.set(r.key[0]!, (sums.get(r.key[0]!) ?? 0) + r.n[counter]!);
    return (stageId: string) => sums.get(stageId) ?? 0;
  };
  const funnel = pipeline.stages.map((s) => ({ id: s.id, name: s.name, count: 0, value: 0 }));
  for (const r of of('funnel')) {
    const row = funnel.find((f) => f.id === r.key[0]);
    if (!row) continue;
    row.count += r.n[0]!;
    row.value += home(r.n[1]!, r.key[1]!);
  }
  const entered = perStage('entered', 0);
  const advanced = perStage('advanced', 0);
  const visits = perStage('visit', 0);
  const ms = perStage('visit', 1);
  const last = pipeline.stages.length - 1;
  const activity = activityByWeek(
    from === null
      ? of('activityWeek').map((r): DayCount => ({
          day: Number(r.key[0]),
          type: r.key[1] as ActivityType,
          count: r.n[0]!,
        }))
      : of('activity').map((r): DayCount => ({ day: r.day, type: r.key[0] as ActivityType, count: r.n[0]! })),
    from === null ? null : dayOf(from),
    dayOf(now),
  );
  const unconverted = deals
    .filter((d) => rateToHome(d.currency, money) === null)
    .sort(byId)
    .map((d) => ({ id: d.id, title: d.title, currency: d.currency ?? '' }));
  return {
    pipeline: {
      id: pipeline.id,
      name: pipeline.name,
      stages: pipeline.stages.map((s) => ({ id: s.id, name: s.name })),
    },
    period,
    from,
    now,
    funnel,
    conversion: pipeline.stages.map((s, i) => ({
      id: s.id,
      name: s.name,
      entered: entered(s.id),
      advanced: advanced(s.id),
      rate: i === last || entered(s.id) === 0 ? null : advanced(s.id) / entered(s.id),
    })),
    timeInStage: pipeline.stages.map((s) => ({
      id: s.id,
      name: s.name,
      visits: visits(s.id),
      averageDays: visits(s.id) === 0 ? null : ms(s.id) / visits(s.id) / DAY,
    })),
    forecast: forecastRows(of('forecast'), pipeline, home, deals),
    outcomes: outcomeRows(of('outcome'), home),
    sources: sourceRows(of('source'), home),
    activity,
    currency: money.home,
    unconverted,
  };
}

type Home = (amount: number, currency: string) => number;

function forecastRows(
  rows: RollupPart[],
  pipeline: Pipeline,
  home: Home,
  deals: readonly Deal[],
): ForecastRow[] {
  const months = new Map<string, ForecastRow>();
  for (const r of rows) {
    const [month, status, stageId, currency, probability] = r.key as [string, string, string, string, string];
    const m = months.get(month) ?? { month, byStage: {}, weighted: 0, committed: 0, total: 0, warnings: [] };
    months.set(month, m);
    const amount = home(r.n[1]!, currency);
    if (status === 'won') {
      m.committed += amount;
      m.total += amount;
      continue;
    }
    const p = dealProbability(
      { probability: probability === '' ? null : Number(probability), stageId },
      pipeline,
    );
    m.byStage[stageId] = (m.byStage[stageId] ?? 0) + amount * p;
    m.weighted += amount * p;
    m.total += amount * p;
  }
  const stages = new Set(pipeline.stages.map((s) => s.id));
  for (const deal of [...deals].sort(byId)) {
    const month = deal.expectedClose?.slice(0, 7);
    if (deal.status !== 'open' || stages.has(deal.stageId) || !month) continue;
    months
      .get(month)
      ?.warnings.push(
        `"${deal.title}" is in a stage this pipeline no longer has, so it counts at ${Math.round(
          dealProbability(deal, pipeline) * 100,
        )}%: move it to a stage.`,
      );
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function outcomeRows(rows: RollupPart[], home: Home): Outcomes {
  const counts = { won: 0, lost: 0, disqualified: 0 };
  let wonValue = 0;
  let lostValue = 0;
  const reasons = { won: new Map<string, ReasonRow>(), lost: new Map<string, ReasonRow>() };
  for (const r of rows) {
    const [status, reason, currency] = r.key as ['won' | 'lost' | 'disqualified', string, string];
    counts[status] += r.n[0]!;
    if (status === 'disqualified') continue;
    const amount = home(r.n[1]!, currency);
    if (status === 'won') wonValue += amount;
    else lostValue += amount;
    const row = reasons[status].get(reason) ?? { reason, count: 0, value: 0 };
    row.count += r.n[0]!;
    row.value += amount;
    reasons[status].set(reason, row);
  }
  const decided = counts.won + counts.lost;
  return {
    ...counts,
    wonValue,
    lostValue,
    winRate: decided === 0 ? null : counts.won / decided,
    lostReasons: byFrequency(reasons.lost),
    wonReasons: byFrequency(reasons.won),
  };
}

function sourceRows(rows: RollupPart[], home: Home): SourceRow[] {
  const bySource = emptySourceRows();
  for (const r of rows) {
    const [source, sql, won, currency] = r.key as [LeadSource, string, string, string];
    const row = bySource.get(source);
    if (!row) continue;
    row.leads += r.n[0]!;
    if (sql === '1') row.reachedSql += r.n[0]!;
    if (won === '1') row.won += r.n[0]!;
    row.wonValue += home(r.n[1]!, currency);
  }
  return withSqlRate(bySource);
}
