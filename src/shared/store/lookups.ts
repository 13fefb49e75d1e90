import type { Deal, Pipeline } from '../model';
import type { DealDetail } from '../rpc/views';
import type { StoreContext } from './context';
import { notFound } from './errors';

export async function getDealOrThrow(ctx: StoreContext, id: string): Promise<Deal> {
  const deal = await ctx.db.deals.get(id);
  if (!deal) throw notFound('Deal', id);
  return deal;
}

/** The pipeline asked for, or the rep's first pipeline. */
export async function getPipelineOrThrow(ctx: StoreContext, id?: string): Promise<Pipeline> {
  const pipeline = id ? await ctx.db.pipelines.get(id) : await ctx.db.pipelines.orderBy('order').first();
  if (!pipeline) throw notFound('Pipeline', id ?? '(default)');
  return pipeline;
}

/** The deal's contacts with their roles, in the deal's order (links to removed people skipped). */
export async function readDealContacts(ctx: StoreContext, deal: Deal): Promise<DealDetail['contacts']> {
  const rows = await ctx.db.contacts.bulkGet(deal.contacts.map((c) => c.contactId));
  return deal.contacts.flatMap((link, i) => {
    const contact = rows[i];
    return contact ? [{ contact, role: link.role }] : [];
  });
}

/** Everything the deal workspace shows, read in one consistent transaction. */
export async function readDealDetail(ctx: StoreContext, id: string): Promise<DealDetail> {
  const { db } = ctx;
  return db.transaction(
    'r',
    [db.deals, db.companies, db.contacts, db.activities, db.stageHistory, db.followUps, db.handoffs],
    async () => {
      const deal = await getDealOrThrow(ctx, id);
      const [company, contacts, activities, history, followUps, handoff] = await Promise.all([
        deal.companyId ? db.companies.get(deal.companyId) : Promise.resolve(undefined),
        readDealContacts(ctx, deal),
        db.activities.where('[dealId+at]').between([id, -Infinity], [id, Infinity]).reverse().toArray(),
        db.stageHistory.where('[dealId+at]').between([id, -Infinity], [id, Infinity]).toArray(),
        db.followUps.where('dealId').equals(id).sortBy('dueAt'),
        db.handoffs.where('dealId').equals(id).first(),
      ]);
      return {
        deal,
        company: company ?? null,
        contacts,
        activities,
        history,
        followUps,
        handoff: handoff ?? null,
      };
    },
  );
}
