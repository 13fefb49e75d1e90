import { currencyContext, toHome, type CurrencyContext, type Deal } from '../../model';
import { readSettings } from '../../store/derive';
import type { StoreContext } from '../../store/context';
import { notFound } from '../../store/errors';
import type { HandlerTable } from '../../store/handlerTable';
import { wonValue } from '../insights/outcomes';
import { companiesById, timelineOf } from '../people/handlers/reads';
import { dealLine, later, personRows } from '../people/rows';
import type { companiesMethods } from './contract';

/** Won value in home units; a deal in a currency without a rate is left out of the total. */
const wonTotal = (deals: readonly Deal[], context: CurrencyContext): number =>
  deals
    .filter((d) => d.status === 'won')
    .reduce((sum, d) => sum + (toHome(wonValue(d), d.currency, context) ?? 0), 0);

const homeCurrency = async (ctx: StoreContext) => currencyContext(await readSettings(ctx));

export const companiesHandlers: HandlerTable<keyof typeof companiesMethods> = {
  async 'companies.list'(_input, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.companies, db.contacts, db.deals, db.settings], async () => {
      const [companies, contacts, deals, money] = await Promise.all([
        db.companies.toArray(),
        db.contacts.toArray(),
        db.deals.toArray(),
        homeCurrency(ctx),
      ]);
      const people = new Map<string, number>();
      for (const c of contacts) if (c.companyId) people.set(c.companyId, (people.get(c.companyId) ?? 0) + 1);
      const dealsOf = new Map<string, Deal[]>();
      for (const d of deals)
        if (d.companyId) dealsOf.set(d.companyId, [...(dealsOf.get(d.companyId) ?? []), d]);
      const rows = companies.map((c) => {
        const own = dealsOf.get(c.id) ?? [];
        return {
          id: c.id,
          name: c.name,
          industry: c.industry,
          people: people.get(c.id) ?? 0,
          openDeals: own.filter((d) => d.status === 'open').length,
          wonValue: wonTotal(own, money),
          lastTouch: own.reduce<number | null>((t, d) => later(t, d.lastActivityAt), null),
        };
      });
      return rows.sort((a, b) => a.name.localeCompare(b.name));
    });
  },

  async 'companies.get'({ id }, ctx) {
    const { db } = ctx;
    return db.transaction(
      'r',
      [db.companies, db.contacts, db.deals, db.settings, db.activities],
      async () => {
        const company = await db.companies.get(id);
        if (!company) throw notFound('Company', id);
        const [contacts, deals, companies, money] = await Promise.all([
          db.contacts.where('companyId').equals(id).toArray(),
          db.deals.where('companyId').equals(id).toArray(),
          companiesById(ctx),
          homeCurrency(ctx),
        ]);
        const sorted = [...deals].sort((a, b) => b.updatedAt - a.updatedAt);
        const ids = new Set(contacts.map((c) => c.id));
        const linkedDeals = await db.deals
          .filter((d) => d.contacts.some((l) => ids.has(l.contactId)))
          .toArray();
        return {
          company,
          people: personRows(contacts, companies, linkedDeals).sort((a, b) => a.name.localeCompare(b.name)),
          openDeals: sorted.filter((d) => d.status === 'open').map(dealLine),
          closedDeals: sorted.filter((d) => d.status !== 'open').map(dealLine),
          wonValue: wonTotal(deals, money),
          activities: await timelineOf(
            ctx,
            sorted.map((d) => d.id),
          ),
        };
      },
    );
  },
};
