import { inHomeCurrency, type CurrencyContext, type UnconvertedDeal } from '../../model/values';
import type { Activity, Deal, Pipeline, RepGoals } from '../../model';
import { isRepTouch, stageById, weightedValue } from '../../engine';
import { dayIn, quotaSpan, weekSpan, type CalendarSpan, type QuotaSpan } from './quotaPeriod';

/** The usual rule of thumb: open weighted pipeline worth three times what is left to win. */
export const COVERAGE_TARGET = 3;

/** One deal's share of a figure: home-currency amount, or its touches for the activity figure. */
export interface FigureItem {
  dealId: string;
  amount: number;
}

/** A figure and the deals behind it, largest share first. */
export interface Figure {
  value: number;
  items: FigureItem[];
}

/**
 * A figure as "My numbers" answers it: its value and HOW MANY deals are behind it, never the
 * deals themselves (the summary shows none; thousands of items would cost the UI thread a long
 * task to read). The deal list of one figure is `figureDeals`.
 */
export interface FigureSummary {
  value: number;
  count: number;
}

/** The five figures, in reading order. */
export const FIGURE_IDS = ['won', 'weighted', 'gap', 'coverage', 'activity'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** What the deal list of a figure shows of a deal. */
export interface DealRef {
  id: string;
  title: string;
  companyName: string;
  status: Deal['status'];
  stageName: string;
}

/** The deals behind one figure, largest share first, and what the list shows of each. */
export interface FigureDeals {
  figure: FigureId;
  items: FigureItem[];
  deals: DealRef[];
}

export type CoverageState = 'no-quota' | 'met' | 'measured';

export interface MyNumbers {
  now: number;
  period: QuotaSpan;
  week: CalendarSpan;
  /** The home currency of every amount. */
  currency: string;
  /** 0 = the rep has set no quota. */
  quota: number;
  /** Won contract value signed on a day of the period. */
  won: FigureSummary;
  /** Open deals expected to close in the period, value × probability. */
  weighted: FigureSummary;
  /** What is left to win: quota − won, never below 0; its deals are the won deals it subtracts. */
  gap: FigureSummary;
  /** weighted ÷ gap; null without a quota or once it is met. Its deals are the weighted ones. */
  coverage: {
    state: CoverageState;
    ratio: number | null;
    target: number;
    meetsTarget: boolean;
    count: number;
  };
  /** The rep's own touches this week (calls, e-mails, meetings, notes), per deal. */
  activity: FigureSummary & { goal: number };
  /** Deals of the period in a currency without a rate: left out of the amounts. */
  unconverted: UnconvertedDeal[];
}

/**
 * What the figures read of a deal: an open deal's card (the board's projection) has it all; a won
 * deal's signed date and contract value are in its `outcome`.
 */
export type NumbersDeal = Pick<
  Deal,
  | 'id'
  | 'title'
  | 'companyName'
  | 'status'
  | 'stageId'
  | 'value'
  | 'currency'
  | 'probability'
  | 'expectedClose'
> & { pipelineId: string; outcome?: Deal['outcome'] };

export interface NumbersInput {
  /** The won and open deals, and every deal touched this week (other statuses count for activity only). */
  deals: readonly NumbersDeal[];
  pipelines: readonly Pipeline[];
  /** Activities around this week (filtered here to the week and the rep's touches). */
  activities: readonly Pick<Activity, 'dealId' | 'type' | 'at'>[];
  goals: RepGoals;
  money: CurrencyContext;
  now: number;
}

function figure(shares: Map<string, number>): Figure {
  const items = [...shares]
    .map(([dealId, amount]) => ({ dealId, amount }))
    .sort((a, b) => b.amount - a.amount || a.dealId.localeCompare(b.dealId));
  return { value: items.reduce((sum, i) => sum + i.amount, 0), items };
}

function add(shares: Map<string, number>, dealId: string, amount: number) {
  shares.set(dealId, (shares.get(dealId) ?? 0) + amount);
}

/** Won in the period: signed on one of its local days (a date-only field, so the hour cannot move it). */
function wonInPeriod(deal: NumbersDeal, period: QuotaSpan): boolean {
  return deal.status === 'won' && deal.outcome?.kind === 'won' && dayIn(deal.outcome.signedDate, period);
}

function openClosingIn(deal: NumbersDeal, period: QuotaSpan): boolean {
  return deal.status === 'open' && dayIn(deal.expectedClose, period);
}

function coverageOf(quota: number, gap: number, weighted: Figure): MyNumbers['coverage'] {
  const base = { target: COVERAGE_TARGET, count: weighted.items.length };
  if (quota <= 0) return { ...base, state: 'no-quota', ratio: null, meetsTarget: false };
  if (gap <= 0) return { ...base, state: 'met', ratio: null, meetsTarget: true };
  const ratio = weighted.value / gap;
  return { ...base, state: 'measured', ratio, meetsTarget: ratio >= COVERAGE_TARGET };
}

/** Every figure with ALL the deals behind it: what `myNumbers` counts and `figureDeals` lists. */
function allFigures({ deals, pipelines, activities, goals, money, now }: NumbersInput) {
  const period = quotaSpan(goals.quotaPeriod, now);
  const week = weekSpan(now);
  const pipelineOf = new Map(pipelines.map((p) => [p.id, p]));
  const counted = deals.filter((d) => wonInPeriod(d, period) || openClosingIn(d, period));
  const { deals: home, unconverted } = inHomeCurrency(counted, money);

  const won = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const deal of home) {
    if (deal.outcome?.kind === 'won' && deal.status === 'won') add(won, deal.id, deal.outcome.contractValue);
    const pipeline = pipelineOf.get(deal.pipelineId);
    if (deal.status === 'open' && pipeline) add(weighted, deal.id, weightedValue(deal, pipeline));
  }
  const touches = new Map<string, number>();
  for (const a of activities)
    if (isRepTouch(a) && a.at >= week.start && a.at < week.end) add(touches, a.dealId, 1);

  const wonFigure = figure(won);
  const weightedFigure = figure(weighted);
  const gap = Math.max(0, goals.quota - wonFigure.value);
  const figures: Record<FigureId, Figure> = {
    won: wonFigure,
    weighted: weightedFigure,
    gap: { value: gap, items: wonFigure.items },
    coverage: { value: weightedFigure.value, items: weightedFigure.items },
    activity: figure(touches),
  };
  return { period, week, pipelineOf, figures, unconverted };
}

const summary = ({ value, items }: Figure): FigureSummary => ({ value, count: items.length });

/**
 * The rep's own numbers for the quota period and the ISO week holding `now`, in the local time
 * zone; pure. Amounts are in the home currency (the money rules convert; a deal with no rate
 * counts at 0 and is listed); weights are the forecast's (the deal's probability, else its
 * stage's). Every figure carries the NUMBER of deals behind it; `figureDeals` lists them.
 */
export function myNumbers(input: NumbersInput): MyNumbers {
  const { goals, money, now } = input;
  const { period, week, figures, unconverted } = allFigures(input);
  return {
    now,
    period,
    week,
    currency: money.home,
    quota: goals.quota,
    won: summary(figures.won),
    weighted: summary(figures.weighted),
    gap: summary(figures.gap),
    coverage: coverageOf(goals.quota, figures.gap.value, figures.weighted),
    activity: { ...summary(figures.activity), goal: goals.weeklyActivityGoal },
    unconverted,
  };
}

/**
 * The deals behind one figure of `myNumbers` (the same inputs, the same figures), largest share
 * first, and what the deal list shows of each; pure.
 */
export function figureDeals(input: NumbersInput, id: FigureId): FigureDeals {
  const { pipelineOf, figures } = allFigures(input);
  const { items } = figures[id];
  const named = new Set(items.map((i) => i.dealId));
  const deals = input.deals
    .filter((d) => named.has(d.id))
    .map((d) => {
      const pipeline = pipelineOf.get(d.pipelineId);
      const stageName = (pipeline && stageById(pipeline, d.stageId)?.name) ?? '';
      return { id: d.id, title: d.title, companyName: d.companyName, status: d.status, stageName };
    });
  return { figure: id, items, deals };
}
