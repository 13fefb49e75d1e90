import type { Deal, Settings } from '../model';
import { scoreLead, defaultSettings, lastTouchAt } from '../engine';
import type { StoreContext } from './context';
import { getDealOrThrow } from './lookups';

export async function readSettings(ctx: StoreContext): Promise<Settings> {
  const row = await ctx.db.settings.get('settings');
  return row?.value ?? defaultSettings();
}

/**
 * Recompute what the store keeps on a deal for fast board queries: the lead score, the
 * rep's last touch (`lastActivityAt`: calls, e-mails, meetings, notes — not the prospect's
 * passive signals, which must not stop the rep's clocks) and the next open follow-up.
 * Call inside a write.
 */
export async function refreshDeal(ctx: StoreContext, id: string): Promise<Deal> {
  const deal = await getDealOrThrow(ctx, id);
  const [settings, activities, followUps] = await Promise.all([
    readSettings(ctx),
    ctx.db.activities.where('[dealId+at]').between([id, -Infinity], [id, Infinity]).toArray(),
    ctx.db.followUps.where('dealId').equals(id).toArray(),
  ]);
  const now = ctx.now();
  const { score } = scoreLead({ deal, activities, settings, now });
  const lastActivity = lastTouchAt(activities, deal.stageEnteredAt);
  const open = followUps.filter((f) => f.status === 'open' || f.status === 'snoozed');
  const nextFollowUpAt = open.length ? Math.min(...open.map((f) => f.dueAt)) : null;
  const next: Deal = { ...deal, score, lastActivityAt: lastActivity, nextFollowUpAt };
  if (
    next.score !== deal.score ||
    next.lastActivityAt !== deal.lastActivityAt ||
    next.nextFollowUpAt !== deal.nextFollowUpAt
  ) {
    await ctx.db.deals.put(next);
  }
  return next;
}
