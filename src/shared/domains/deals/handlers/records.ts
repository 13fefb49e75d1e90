import { makeCompany, makeDeal, makeHistory, nameKey, type Company, type Deal } from '../../../model';
import { findOrAddPerson } from '../../people/handlers/find';
import type { StoreContext } from '../../../store/context';
import { refreshDeal } from '../../../store/derive';
import { getDealOrThrow, getPipelineOrThrow, readDealDetail } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';

/** Find a company by name (compared by nameKey, as imports do) or create it. Runs inside the caller's transaction. */
async function companyNamed(ctx: StoreContext, name: string): Promise<Company | null> {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const key = nameKey(trimmed);
  const existing = await ctx.db.companies.filter((company) => nameKey(company.name) === key).first();
  if (existing) return existing;
  const company = makeCompany({ id: ctx.newId(), name: trimmed }, ctx.now());
  await ctx.db.companies.add(company);
  return company;
}

/** A deal's own record and its contacts. */
export const recordHandlers: HandlerTable<
  | 'deals.create'
  | 'deals.get'
  | 'deals.update'
  | 'deals.search'
  | 'deals.addContact'
  | 'deals.updateContact'
  | 'deals.removeContact'
> = {
  async 'deals.create'(input, ctx) {
    return ctx.write(async () => {
      const now = ctx.now();
      const pipeline = await getPipelineOrThrow(ctx, input.pipelineId);
      const firstStage = pipeline.stages[0]!;
      const company = await companyNamed(ctx, input.companyName);
      const contacts: Deal['contacts'] = [];
      if (input.contactName) {
        const contact = await findOrAddPerson(ctx, {
          name: input.contactName,
          email: input.contactEmail,
          companyId: company?.id ?? null,
        });
        contacts.push({ contactId: contact.id, role: 'influencer' });
      }
      const deal = makeDeal(
        {
          id: ctx.newId(),
          pipelineId: pipeline.id,
          stageId: firstStage.id,
          title: input.title,
          source: input.source,
          value: input.value,
          companyId: company?.id ?? null,
          companyName: company?.name ?? '',
          contacts,
        },
        now,
      );
      await ctx.db.deals.add(deal);
      await ctx.db.stageHistory.add(
        makeHistory({
          id: ctx.newId(),
          dealId: deal.id,
          pipelineId: pipeline.id,
          toStageId: firstStage.id,
          toStatus: 'open',
          at: now,
          reason: 'Lead created',
        }),
      );
      return refreshDeal(ctx, deal.id);
    });
  },

  async 'deals.get'({ id }, ctx) {
    return readDealDetail(ctx, id);
  },

  async 'deals.update'({ id, patch }, ctx) {
    return ctx.write(async () => {
      const deal = await getDealOrThrow(ctx, id);
      const next: Deal = { ...deal, ...patch, updatedAt: ctx.now() };
      if (patch.companyName !== undefined && patch.companyName !== deal.companyName) {
        const company = await companyNamed(ctx, patch.companyName);
        next.companyId = company?.id ?? null;
        next.companyName = company?.name ?? '';
      }
      await ctx.db.deals.put(next);
      return refreshDeal(ctx, id);
    });
  },

  async 'deals.search'({ text, limit }, ctx) {
    const needle = text.trim().toLowerCase();
    const hits = await ctx.db.deals
      .filter(
        (d) =>
          !needle || d.title.toLowerCase().includes(needle) || d.companyName.toLowerCase().includes(needle),
      )
      .limit(limit)
      .toArray();
    return hits.map((d) => ({
      id: d.id,
      title: d.title,
      companyName: d.companyName,
      stageId: d.stageId,
      pipelineId: d.pipelineId,
      status: d.status,
    }));
  },

  async 'deals.addContact'({ dealId, contact }, ctx) {
    await ctx.write(async () => {
      const deal = await getDealOrThrow(ctx, dealId);
      const row = await findOrAddPerson(ctx, {
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
        title: contact.title,
        companyId: deal.companyId,
      });
      const link = { contactId: row.id, role: contact.role };
      const linked = deal.contacts.some((l) => l.contactId === link.contactId && l.role === link.role);
      await ctx.db.deals.put({
        ...deal,
        contacts: linked ? deal.contacts : [...deal.contacts, link],
        updatedAt: ctx.now(),
      });
      await refreshDeal(ctx, dealId);
    });
    return readDealDetail(ctx, dealId);
  },

  async 'deals.updateContact'({ dealId, contactId, contact }, ctx) {
    await ctx.write(async () => {
      const deal = await getDealOrThrow(ctx, dealId);
      const { role, ...fields } = contact;
      const existing = await ctx.db.contacts.get(contactId);
      if (existing) await ctx.db.contacts.put({ ...existing, ...fields, updatedAt: ctx.now() });
      // Always write the deal: its card shows the contact, so the board must hear of it.
      const contacts = role
        ? deal.contacts.map((c) => (c.contactId === contactId ? { ...c, role } : c))
        : deal.contacts;
      await ctx.db.deals.put({ ...deal, contacts, updatedAt: ctx.now() });
      await refreshDeal(ctx, dealId);
    });
    return readDealDetail(ctx, dealId);
  },

  async 'deals.removeContact'({ dealId, contactId }, ctx) {
    await ctx.write(async () => {
      const deal = await getDealOrThrow(ctx, dealId);
      // The contact record stays (it may be on other deals); only the link goes.
      const contacts = deal.contacts.filter((c) => c.contactId !== contactId);
      await ctx.db.deals.put({ ...deal, contacts, updatedAt: ctx.now() });
      await refreshDeal(ctx, dealId);
    });
    return readDealDetail(ctx, dealId);
  },
};
