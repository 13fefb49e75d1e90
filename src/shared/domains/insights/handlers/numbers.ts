import { addDays } from 'date-fns';
import { ACTIVITY_TYPES, currencyContext } from '../../../model';
import { goalsOf, isRepTouch } from '../../../engine';
import { readSettings } from '../../../store/derive';
import type { StoreContext } from '../../../store/context';
import {
  figureDeals,
  myNumbers,
  type FigureDeals,
  type FigureId,
  type MyNumbers,
  type NumbersDeal,
  type NumbersInput,
} from '../numbers';
import { quotaSpan, weekSpan, type CalendarSpan } from '../quotaPeriod';

/** The most keys one request of the sequence asks for. */
const GET_CHUNK = 200;

/**
 * The rep's own touches (never prospect signals) in the week, by `[type+at]`: one small range per
 * touch type and local day, in turn.
 */
async function weekTouches(ctx: StoreContext, week: CalendarSpan) {
  const byType = ctx.db.activities.where('[type+at]');
  const bounds = [week.start];
  for (let day = addDays(week.start, 1).getTime(); day < week.end; day = addDays(day, 1).getTime())
    bounds.push(day);
  bounds.push(week.end);
  const out = [];
  for (const type of ACTIVITY_TYPES.filter((t) => isRepTouch({ type: t })))
    for (let i = 0; i + 1 < bounds.length; i++)
      out.push(...(await byType.between([type, bounds[i]], [type, bounds[i + 1]], true, false).toArray()));
  return out;
}

/** The cards of the given deals, GET_CHUNK at a time. */
async function cardsOf(ctx: StoreContext, ids: readonly string[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += GET_CHUNK)
    out.push(...(await ctx.db.cards.bulkGet(ids.slice(i, i + GET_CHUNK))));
  return out.filter((card): card is NonNullable<typeof card> => !!card);
}

/**
 * "My numbers", ONE read transaction, every read a range of the quota period or the week (schema
 * v6): the settings (goals, currency), every pipeline, the won deals SIGNED IN THE PERIOD by
 * `outcome.signedDate` (never every deal ever won), the open deals expected to close in it from
 * the board's card projection by `[status+expectedClose]` (a card holds every figure read of an
 * open deal), the rep's own touches of the week by `[type+at]` (no prospect signals) and the cards
 * of the other deals they name — only for the deal list of a figure (`touched`): the figures
 * themselves count a touch by its deal's id alone, and a deal only touched this week is neither
 * won nor open in the period (those are read above), so its card changes no figure.
 *
 * The reads are issued one small request at a time, never as one burst: IndexedDB serves every
 * request a transaction has queued before it turns to another transaction's, so thousands of gets
 * queued at once would hold up the dashboard's few reads until they were all through.
 */
async function readNumbersInput(ctx: StoreContext, { touched }: { touched: boolean }): Promise<NumbersInput> {
  const { db } = ctx;
  const now = ctx.now();
  return db.transaction('r', [db.pipelines, db.deals, db.cards, db.activities, db.settings], async () => {
    const settings = await readSettings(ctx);
    const goals = goalsOf(settings);
    const period = quotaSpan(goals.quotaPeriod, now);
    const pipelines = await db.pipelines.toArray();
    const won = await db.deals
      .where('outcome.signedDate')
      .between(period.firstDay, period.lastDay, true, true)
      .toArray();
    const open = await db.cards
      .where('[status+expectedClose]')
      .between(['open', period.firstDay], ['open', period.lastDay], true, true)
      .toArray();
    const activities = await weekTouches(ctx, weekSpan(now));
    const counted: NumbersDeal[] = [...won, ...open];
    const known = new Set(counted.map((d) => d.id));
    const others = touched
      ? [...new Set(activities.map((a) => a.dealId))].filter((id) => !known.has(id))
      : [];
    return {
      deals: [...counted, ...(await cardsOf(ctx, others))],
      pipelines,
      activities,
      goals,
      money: currencyContext(settings),
      now,
    };
  });
}

/** "My numbers": each figure's value and how many deals are behind it (a small answer). */
export async function readNumbers(ctx: StoreContext): Promise<MyNumbers> {
  return myNumbers(await readNumbersInput(ctx, { touched: false }));
}

/** The deals behind one figure of "My numbers", from the same reads. */
export async function readFigureDeals(ctx: StoreContext, figure: FigureId): Promise<FigureDeals> {
  return figureDeals(await readNumbersInput(ctx, { touched: true }), figure);
}
