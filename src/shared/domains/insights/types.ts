import type { UnconvertedDeal } from '../../model';
import type { ActivityType, LeadSource } from '../../model';

/** The dashboard's period selector. */
export const PERIODS = ['30d', '90d', '365d', 'all'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 365 days',
  all: 'All time',
};

export interface StageRef {
  id: string;
  name: string;
}

/** Deals open or won, per current stage: the board's column headers, exactly. */
export interface FunnelRow extends StageRef {
  count: number;
  value: number;
}

export interface ConversionRow extends StageRef {
  /** Deals that entered this stage in the period. */
  entered: number;
  /** Of those, deals that later entered a stage further down the pipeline. */
  advanced: number;
  /** advanced / entered, or null when nothing entered (or for the last stage). */
  rate: number | null;
}

export interface TimeInStageRow extends StageRef {
  /** Completed visits (entered in the period and since left). */
  visits: number;
  /** Mean length of those visits in days, or null when there were none. */
  averageDays: number | null;
}

export interface ForecastRow {
  /** YYYY-MM of the expected close date. */
  month: string;
  /** Weighted value of the open deals per stage id (stages with nothing are absent). */
  byStage: Record<string, number>;
  /** Weighted open pipeline (Σ value × probability). */
  weighted: number;
  /** Won value (probability 1): committed. */
  committed: number;
  /** committed + weighted. */
  total: number;
  /** Open deals whose stage no longer exists (they count at 0 unless they carry their own probability). */
  warnings: string[];
}

/** Deals closed for one reason (lost, or won). */
export interface ReasonRow {
  reason: string;
  count: number;
  value: number;
}

export interface Outcomes {
  won: number;
  lost: number;
  disqualified: number;
  wonValue: number;
  lostValue: number;
  /** won / (won + lost), or null when nothing closed. Disqualified leads do not count. */
  winRate: number | null;
  lostReasons: ReasonRow[];
  /** Why won deals were won, most frequent first ("(no reason)" for deals won before it was asked). */
  wonReasons: ReasonRow[];
}

export interface SourceRow {
  source: LeadSource;
  label: string;
  /** Leads of this source created in the period. */
  leads: number;
  /** Of those, leads that reached SQL (or a later stage) at any time since. */
  reachedSql: number;
  sqlRate: number | null;
  won: number;
  wonValue: number;
}

export interface ActivityWeekRow {
  /** ISO week (the rep's calendar), e.g. 2026-W45. */
  week: string;
  /** When that week's Monday begins, local time, ms. */
  start: number;
  /** Activities (calls, e-mails, meetings, notes, signals) logged that week. */
  total: number;
  /** The same, per activity type (every type listed, zeros included). */
  byType: Record<ActivityType, number>;
}

/** Everything the Insights dashboard draws: one small series per chart, never raw rows. */
export interface Dashboard {
  pipeline: { id: string; name: string; stages: StageRef[] };
  period: Period;
  /** Start of the period (ms), or null for all time. */
  from: number | null;
  now: number;
  funnel: FunnelRow[];
  conversion: ConversionRow[];
  timeInStage: TimeInStageRow[];
  forecast: ForecastRow[];
  outcomes: Outcomes;
  sources: SourceRow[];
  activity: ActivityWeekRow[];
  /** The home currency every amount above is in. */
  currency: string;
  /** Deals in a currency with no rate: counted as deals, left out of every amount. */
  unconverted: UnconvertedDeal[];
}
