import type { Activity, Deal, FollowUp, Settings } from '../model';
import { scoreOf, defaultSettings, lastTouchAt } from '../engine';
import type { StoreContext } from './context';
import { getDealOrThrow } from './lookups';

export async function readSettings(ctx: StoreContext): Promise<Settings> {
  const row = await ctx.db.settings.get('settings');
  return row?.value ?? defaultSettings();
}

/** What `derivedDeal` needs: the deal's own activities and follow-ups, the settings, the time. */
export interface DeriveInput {
  activities: readonly Activity[];
  followUps: readonly FollowUp[];
  settings: Settings;
  now: number;
  /** The deal's lead score at `now`, when the caller already computed it. */
  score?: number | undefined;
}

/**
 * What the store keeps on a deal for fast board queries: the lead score, the rep's last touch
 * (`lastActivityAt`: calls, e-mails, meetings, notes — not the prospect's passive signals,
 * which must not stop the rep's clocks) and the next open follow-up. Pure: no reads.
 */
export function derivedDeal(deal: Deal, input: DeriveInput): Deal {
  const score = scoreOf({ ...input, deal });
  const lastActivity = lastTouchAt(input.activities, deal.stageEnteredAt);
  const open = input.followUps.filter((f) => f.status === 'open' || f.status === 'snoozed');
  const nextFollowUpAt = open.length ? Math.min(...open.map((f) => f.dueAt)) : null;
  return { ...deal, score, lastActivityAt: lastActivity, nextFollowUpAt };
}

/** Whether `derivedDeal` changed anything the store keeps. */
export function derivedChanged(before: Deal, after: Deal): boolean {
  return (
    after.score !== before.score ||
    after.lastActivityAt !== before.lastActivityAt ||
    after.nextFollowUpAt !== before.nextFollowUpAt
  );
}

/** The deal's own follow-ups (every status). */
export function dealFollowUps(ctx: StoreContext, dealId: string): Promise<FollowUp[]> {
  return ctx.db.followUps.where('dealId').equals(dealId).toArray();
}

/** The deal's activities, oldest first. */
export function dealActivities(ctx: StoreContext, dealId: string): Promise<Activity[]> {
  return ctx.db.activities.where('[dealId+at]').between([dealId, -Infinity], [dealId, Infinity]).toArray();
}

/**
 * Re-read a deal and recompute what the store keeps on it (see `derivedDeal`), writing it
 * back only when something changed. Call inside a write.
 */
export async function refreshDeal(ctx: StoreContext, id: string): Promise<Deal> {
  const deal = await getDealOrThrow(ctx, id);
  const [settings, activities, followUps] = await Promise.all([
    readSettings(ctx),
    dealActivities(ctx, id),
    dealFollowUps(ctx, id),
  ]);
  const next = derivedDeal(deal, { activities, followUps, settings, now: ctx.now() });
  if (derivedChanged(deal, next)) await ctx.db.deals.put(next);
  return next;
}
