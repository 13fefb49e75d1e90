import { addDays, endOfDay, startOfDay } from 'date-fns';
import { isHandoffDone } from '../../engine';
import { makeFollowUp, type FollowUp } from '../../model';
import type { AgendaItem, followUpMethods, StaleCandidate } from './contract';
import type { StoreContext } from '../../store/context';
import { refreshDeal } from '../../store/derive';
import { notFound } from '../../store/errors';
import { countDue } from './dueCounts';
import type { HandlerTable } from '../../store/handlerTable';

const ACTIVE = ['open', 'snoozed'] as const;

/**
 * Open or snoozed follow-ups due from `from` up to `to` (`to` itself included when `withTo`):
 * one `[status+dueAt]` index range per status, to count or to read.
 */
const activeRanges = (ctx: StoreContext, from: number, to: number, withTo = false) =>
  ACTIVE.map((status) =>
    ctx.db.followUps.where('[status+dueAt]').between([status, from], [status, to], true, withTo),
  );
const countActive = async (ctx: StoreContext, from: number, to: number) =>
  (await Promise.all(activeRanges(ctx, from, to).map((range) => range.count()))).reduce((a, b) => a + b, 0);
const activeBetween = async (ctx: StoreContext, from: number, to: number, withTo = false) =>
  (await Promise.all(activeRanges(ctx, from, to, withTo).map((range) => range.toArray()))).flat();

/** Every open or snoozed follow-up due by `until`, earliest first. */
async function activeFollowUps(ctx: StoreContext, until = Infinity): Promise<FollowUp[]> {
  return (await activeBetween(ctx, -Infinity, until, true)).sort((a, b) => a.dueAt - b.dueAt);
}

const isUnfiredActive = (f: FollowUp) =>
  (ACTIVE as readonly string[]).includes(f.status) && f.firedAt === null;

/** Active follow-ups due by `until` whose reminder has not fired, by due time. */
async function unfiredDue(ctx: StoreContext, until: number): Promise<FollowUp[]> {
  return (await activeFollowUps(ctx, until)).filter(isUnfiredActive);
}

/** When the earliest active follow-up due after `until` whose reminder has not fired is due (null: none). */
async function nextUnfiredDue(ctx: StoreContext, until: number): Promise<number | null> {
  const firsts = await Promise.all(
    ACTIVE.map((status) =>
      ctx.db.followUps
        .where('[status+dueAt]')
        .between([status, until], [status, Infinity], false, true)
        .filter((f) => f.firedAt === null)
        .first(),
    ),
  );
  const dues = firsts.flatMap((f) => (f ? [f.dueAt] : []));
  return dues.length > 0 ? Math.min(...dues) : null;
}

async function withNames(ctx: StoreContext, items: FollowUp[]): Promise<AgendaItem[]> {
  const deals = await ctx.db.deals.bulkGet(items.map((f) => f.dealId ?? ''));
  return items.map((f, i) => ({
    ...f,
    dealTitle: deals[i]?.title ?? '',
    companyName: deals[i]?.companyName ?? '',
  }));
}

/** Apply `change` to one follow-up in a transaction and keep its deal's next step current. */
async function changeFollowUp(ctx: StoreContext, id: string, change: (f: FollowUp, now: number) => FollowUp) {
  return ctx.write(async () => {
    const existing = await ctx.db.followUps.get(id);
    if (!existing) throw notFound('Follow-up', id);
    const next = { ...change(existing, ctx.now()), updatedAt: ctx.now() };
    await ctx.db.followUps.put(next);
    if (next.dealId) await refreshDeal(ctx, next.dealId);
    return next;
  });
}

export const followUpHandlers: HandlerTable<keyof typeof followUpMethods> = {
  async 'followUps.create'(input, ctx) {
    return ctx.write(async () => {
      if (input.dealId && !(await ctx.db.deals.get(input.dealId))) throw notFound('Deal', input.dealId);
      if (input.contactId && !(await ctx.db.contacts.get(input.contactId)))
        throw notFound('Contact', input.contactId);
      const followUp = makeFollowUp({ ...input, id: ctx.newId() }, ctx.now());
      await ctx.db.followUps.add(followUp);
      if (followUp.dealId) await refreshDeal(ctx, followUp.dealId);
      return followUp;
    });
  },
  async 'followUps.reschedule'({ id, ...patch }, ctx) {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return changeFollowUp(ctx, id, (f) => ({ ...f, ...defined, status: 'open', firedAt: null }));
  },
  async 'followUps.complete'({ id }, ctx) {
    return changeFollowUp(ctx, id, (f, now) => ({ ...f, status: 'done', completedAt: now }));
  },
  async 'followUps.snooze'({ id, until }, ctx) {
    return changeFollowUp(ctx, id, (f) => ({
      ...f,
      status: 'snoozed',
      dueAt: until,
      hasTime: true,
      firedAt: null,
    }));
  },
  async 'followUps.agenda'(_input, ctx) {
    return withNames(ctx, await activeFollowUps(ctx));
  },
  async 'followUps.dueCounts'({ now }, ctx) {
    // Counted on the index at any size. Only the follow-ups due earlier today are read: a timed
    // one is overdue once past, a dated one only once its day has ended (`bucketFollowUp`).
    const today = startOfDay(now).getTime();
    const tomorrow = startOfDay(addDays(now, 1)).getTime();
    const [before, dueToday, earlierToday] = await Promise.all([
      countActive(ctx, -Infinity, today),
      countActive(ctx, today, tomorrow),
      activeBetween(ctx, today, now),
    ]);
    const pastToday = countDue(earlierToday, now).overdue;
    return { overdue: before + pastToday, today: dueToday - pastToday };
  },
  async 'followUps.claimDue'({ until }, ctx) {
    // Read first, outside the write: only the due ones and the next one by the index, and no
    // write at all when nothing is due (a check every minute never holds a save in the queue).
    const [due, nextDue] = await Promise.all([unfiredDue(ctx, until), nextUnfiredDue(ctx, until)]);
    if (due.length === 0) return { claimed: [], nextDue };
    return ctx.write(async () => {
      // Read again in the write: another check (another window's, another tab's) may have claimed them.
      const fresh = await ctx.db.followUps.bulkGet(due.map((f) => f.id));
      const claimed = fresh
        .filter((f): f is FollowUp => !!f && isUnfiredActive(f) && f.dueAt <= until)
        .map((f) => ({ ...f, firedAt: until }));
      if (claimed.length > 0) await ctx.db.followUps.bulkPut(claimed);
      return { claimed: await withNames(ctx, claimed), nextDue };
    });
  },
  async 'followUps.staleCandidates'(_input, ctx) {
    // Open deals, and won ones (a stalled handoff rots too; the engine's canGoStale decides).
    const open = await ctx.db.deals.where('status').anyOf(['open', 'won']).toArray();
    const won = open.filter((d) => d.status === 'won').map((d) => d.id);
    const handoffs = won.length ? await ctx.db.handoffs.where('dealId').anyOf(won).toArray() : [];
    const done = new Set(handoffs.filter(isHandoffDone).map((h) => h.dealId));
    return open.map((d): StaleCandidate => ({
      id: d.id,
      title: d.title,
      companyName: d.companyName,
      pipelineId: d.pipelineId,
      stageId: d.stageId,
      status: d.status,
      source: d.source,
      stageEnteredAt: d.stageEnteredAt,
      lastActivityAt: d.lastActivityAt,
      nextFollowUpAt: d.nextFollowUpAt,
      pausedUntil: d.pausedUntil,
      pauseNote: d.pauseNote,
      handoffDone: done.has(d.id),
    }));
  },
  async 'followUps.summary'(_input, ctx) {
    const now = ctx.now();
    const active = await activeFollowUps(ctx, endOfDay(now).getTime());
    const todayStart = startOfDay(now).getTime();
    const today = active.filter((f) => f.dueAt >= todayStart);
    return { overdue: countDue(active, now).overdue, today: await withNames(ctx, today) };
  },
};
