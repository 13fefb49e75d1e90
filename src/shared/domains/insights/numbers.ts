import {
  inHomeCurrency,
  type Activity,
  type CurrencyContext,
  type Deal,
  type Pipeline,
  type RepGoals,
  type UnconvertedDeal,
} from '../../model';
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

/** What the deal list of a figure shows of a deal. */
export interface DealRef {
  id: string;
  title: string;
  companyName: string;
  status: Deal['status'];
  stageName: string;
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
  won: Figure;
  /** Open deals expected to close in the period, value × probability. */
  weighted: Figure;
  /** What is left to win: quota − won, never below 0; its deals are the won deals it subtracts. */
  gap: Figure;
  /** weighted ÷ gap; null without a quota or once it is met. Its deals are the weighted ones. */
  coverage: {
    state: CoverageState;
    ratio: number | null;
    target: number;
    meetsTarget: boolean;
    items: FigureItem[];
  };
  /** The rep's own touches this week (calls, e-mails, meetings, notes), per deal. */
  activity: Figure & { goal: number };
  /** Every deal a figure names. */
  deals: DealRef[];
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
  const base = { target: COVERAGE_TARGET, items: weighted.items };
  if (quota <= 0) return { ...base, state: 'no-quota', ratio: null, meetsTarget: false };
  if (gap <= 0) return { ...base, state: 'met', ratio: null, meetsTarget: true };
  const ratio = weighted.value / gap;
  return { ...base, state: 'measured', ratio, meetsTarget: ratio >= COVERAGE_TARGET };
}

/**
 * The rep's own numbers for the quota period and the ISO week holding `now`, in the local time
 * zone; pure. Amounts are in the home currency (the money rules convert; a deal with no rate
 * counts at 0 and is listed); weights are the forecast's (the deal's probability, else its
 * stage's). Every figure carries the deals behind it.
 */
export function myNumbers({ deals, pipelines, activities, goals, money, now }: NumbersInput): MyNumbers {
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
  const named = new Set([...won.keys(), ...weighted.keys(), ...touches.keys()]);
  return {
    now,
    period,
    week,
    currency: money.home,
    quota: goals.quota,
    won: wonFigure,
    weighted: weightedFigure,
    gap: { value: gap, items: wonFigure.items },
    coverage: coverageOf(goals.quota, gap, weightedFigure),
    activity: { ...figure(touches), goal: goals.weeklyActivityGoal },
    deals: deals
      .filter((d) => named.has(d.id))
      .map((d) => {
        const pipeline = pipelineOf.get(d.pipelineId);
        const stageName = (pipeline && stageById(pipeline, d.stageId)?.name) ?? '';
        return { id: d.id, title: d.title, companyName: d.companyName, status: d.status, stageName };
      }),
    unconverted,
  };
}
