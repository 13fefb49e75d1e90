import type { Contact, Deal } from '../../../model';
import type { StoreContext } from '../../../store/context';
import { RpcError } from '../../../rpc/protocol';
import { notFound } from '../../../store/errors';
import type { HandlerTable } from '../../../store/handlerTable';
import { MERGE_FIELDS, type MergeUndo, type peopleMethods } from '../contract';
import { remapLinks } from '../identity';
import { dealLine, personRows } from '../rows';
import { companiesById, timelineOf } from './reads';
import { duplicateSuggestions } from '../suggestions';

async function personOrThrow(ctx: StoreContext, id: string): Promise<Contact> {
  const person = await ctx.db.contacts.get(id);
  if (!person) throw notFound('Person', id);
  return person;
}

/** Deals that link any of `ids` (deals have no index on their links: one scan). */
const dealsLinking = (ctx: StoreContext, ids: readonly string[]) =>
  ctx.db.deals.filter((d) => d.contacts.some((l) => ids.includes(l.contactId))).toArray();

export const peopleHandlers: HandlerTable<keyof typeof peopleMethods> = {
  async 'people.list'(_input, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.contacts, db.companies, db.deals], async () => {
      const [contacts, companies, deals] = await Promise.all([
        db.contacts.toArray(),
        companiesById(ctx),
        db.deals.toArray(),
      ]);
      return personRows(contacts, companies, deals).sort((a, b) => a.name.localeCompare(b.name));
    });
  },

  async 'people.search'({ text, limit }, ctx) {
    const { db } = ctx;
    const needle = text.trim().toLowerCase();
    if (!needle) return { people: [], companies: [] };
    return db.transaction('r', [db.contacts, db.companies], async () => {
      const has = (value: string) => value.toLowerCase().includes(needle);
      const [people, companies] = await Promise.all([
        db.contacts
          .filter((c) => has(c.name) || has(c.email))
          .limit(limit)
          .toArray(),
        db.companies
          .filter((c) => has(c.name))
          .limit(limit)
          .toArray(),
      ]);
      const employers = await db.companies.bulkGet(people.map((p) => p.companyId ?? ''));
      return {
        people: people.map((p, i) => ({ id: p.id, name: p.name, companyName: employers[i]?.name ?? '' })),
        companies: companies.map((c) => ({ id: c.id, name: c.name })),
      };
    });
  },

  async 'people.get'({ id }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.contacts, db.companies, db.deals, db.activities], async () => {
      const person = await personOrThrow(ctx, id);
      const [company, deals] = await Promise.all([
        person.companyId ? db.companies.get(person.companyId) : undefined,
        dealsLinking(ctx, [id]),
      ]);
      const sorted = [...deals].sort((a, b) => b.updatedAt - a.updatedAt);
      return {
        person,
        company: company ?? null,
        deals: sorted.map((d) => ({
          deal: dealLine(d),
          roles: d.contacts.filter((l) => l.contactId === id).map((l) => l.role),
        })),
        activities: await timelineOf(
          ctx,
          sorted.map((d) => d.id),
        ),
      };
    });
  },

  async 'people.update'({ id, patch }, ctx) {
    return ctx.write(async () => {
      const next: Contact = { ...(await personOrThrow(ctx, id)), ...patch, updatedAt: ctx.now() };
      await ctx.db.contacts.put(next);
      return next;
    });
  },

  async 'people.duplicates'(_input, ctx) {
    return duplicateSuggestions(await ctx.db.contacts.toArray());
  },

  async 'people.merge'({ survivorId, otherId, take }, ctx) {
    if (survivorId === otherId) throw new RpcError('conflict', 'Pick two different people to merge.');
    return ctx.write(async (): Promise<MergeUndo> => {
      const { db } = ctx;
      const [survivor, other] = await Promise.all([
        personOrThrow(ctx, survivorId),
        personOrThrow(ctx, otherId),
      ]);
      const merged: Contact = { ...survivor, updatedAt: ctx.now() };
      for (const field of MERGE_FIELDS)
        if (take[field] === 'other') Object.assign(merged, { [field]: other[field] });
      const remap = new Map([[otherId, survivorId]]);
      const deals = await dealsLinking(ctx, [otherId]);
      const activities = await db.activities.where('contactId').equals(otherId).toArray();
      const followUps = await db.followUps.where('contactId').equals(otherId).toArray();
      await db.contacts.put(merged);
      await db.contacts.delete(otherId);
      await db.deals.bulkPut(
        deals.map((d): Deal => ({ ...d, contacts: remapLinks(d.contacts, remap), updatedAt: ctx.now() })),
      );
      await db.activities.bulkPut(activities.map((a) => ({ ...a, contactId: survivorId })));
      await db.followUps.bulkPut(
        followUps.map((f) => ({ ...f, contactId: survivorId, updatedAt: ctx.now() })),
      );
      return {
        survivorBefore: survivor,
        removed: other,
        deals: deals.map((d) => ({ id: d.id, contacts: d.contacts })),
        activityIds: activities.map((a) => a.id),
        followUpIds: followUps.map((f) => f.id),
      };
    });
  },

  async 'people.unmerge'({ undo }, ctx) {
    return ctx.write(async () => {
      const { db } = ctx;
      const { removed, survivorBefore } = undo;
      await db.contacts.put(survivorBefore);
      await db.contacts.put(removed);
      const deals = (await db.deals.bulkGet(undo.deals.map((d) => d.id))).filter((d): d is Deal => !!d);
      const before = new Map(undo.deals.map((d) => [d.id, d.contacts]));
      await db.deals.bulkPut(deals.map((d) => ({ ...d, contacts: before.get(d.id) ?? d.contacts })));
      const activities = (await db.activities.bulkGet(undo.activityIds)).filter((a) => !!a);
      await db.activities.bulkPut(activities.map((a) => ({ ...a, contactId: removed.id })));
      const followUps = (await db.followUps.bulkGet(undo.followUpIds)).filter((f) => !!f);
      await db.followUps.bulkPut(followUps.map((f) => ({ ...f, contactId: removed.id })));
      return removed;
    });
  },
};
