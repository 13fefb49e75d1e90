/** How one imported row becomes a deal, or updates one: companies, contacts, history. */
import {
  makeCompany,
  makeDeal,
  makeHistory,
  nameKey,
  type Company,
  type Contact,
  type Deal,
} from '../../../model';
import { findOrAddPerson } from '../../people/handlers/find';
import type { ImportCandidate } from '../fields';
import { nameFromEmail } from '../people';
import type { StoreContext } from '../../../store/context';
import { refreshDeal } from '../../../store/derive';
import { closedAs } from '../closed';
import { getDealOrThrow } from '../../../store/lookups';

type Candidate = ImportCandidate;

/** A row carries a contact when any contact field is filled (a phone alone is worth keeping). */
/** A person the row names, as a contact record needs it. */
interface Person {
  name: string;
  email: string;
  phone: string;
  title: string;
}

/**
 * Everyone the row names: its contact columns (a phone or job title alone still makes a
 * contact, named from the e-mail or the company) and the CRM's associated contacts.
 */
function peopleOf(c: Candidate): Person[] {
  const people: Person[] = [];
  if (c.contactName || c.email || c.phone || c.jobTitle)
    people.push({
      name:
        c.contactName ||
        nameFromEmail(c.email) ||
        (c.companyName ? `Contact at ${c.companyName}` : 'Unnamed contact'),
      email: c.email,
      phone: c.phone,
      title: c.jobTitle,
    });
  for (const p of c.contacts ?? [])
    if (!people.some((q) => samePerson(q, p))) people.push({ ...p, phone: '', title: '' });
  return people;
}

const samePerson = (a: Pick<Person, 'name' | 'email'>, b: Pick<Person, 'name' | 'email'>) =>
  (a.email !== '' && nameKey(a.email) === nameKey(b.email)) || nameKey(a.name) === nameKey(b.name);

/**
 * Link the row's people to a deal: one already linked (same e-mail or name) is filled in with
 * what the row knows; anyone else becomes a contact of the deal.
 */
async function linkPeople(
  ctx: StoreContext,
  deal: Pick<Deal, 'contacts' | 'companyId'>,
  people: readonly Person[],
): Promise<Deal['contacts']> {
  const links = [...deal.contacts];
  const linked = (await ctx.db.contacts.bulkGet(links.map((l) => l.contactId))).filter(
    (x): x is Contact => !!x,
  );
  for (const person of people) {
    const match = linked.find((x) => samePerson(x, person));
    if (match) {
      const next: Contact = {
        ...match,
        email: person.email || match.email,
        phone: person.phone || match.phone,
        title: person.title || match.title,
        updatedAt: ctx.now(),
      };
      await ctx.db.contacts.put(next);
      continue;
    }
    const contact = await findOrAddPerson(ctx, { ...person, companyId: deal.companyId });
    linked.push(contact);
    links.push({ contactId: contact.id, role: 'influencer' });
  }
  return links;
}

/** Companies by lower-case name, loaded once per import; new ones are added as they are made. */
export async function companyFinder(ctx: StoreContext) {
  const byName = new Map<string, Company>();
  for (const company of await ctx.db.companies.toArray())
    if (!byName.has(nameKey(company.name))) byName.set(nameKey(company.name), company);
  return async (name: string, c: Pick<Candidate, 'industry' | 'companySize'>): Promise<Company | null> => {
    const trimmed = name.trim();
    if (!trimmed) return null;
    const { industry } = c;
    const size = c.companySize ?? null;
    const found = byName.get(nameKey(trimmed));
    if (found) {
      // What the company record lacks, the row fills in; what it has is kept.
      if ((industry && !found.industry) || (size && !found.size)) {
        const next = {
          ...found,
          industry: found.industry || industry,
          size: found.size ?? size,
          updatedAt: ctx.now(),
        };
        await ctx.db.companies.put(next);
        byName.set(nameKey(trimmed), next);
        return next;
      }
      return found;
    }
    const company = makeCompany({ id: ctx.newId(), name: trimmed, industry, size }, ctx.now());
    await ctx.db.companies.add(company);
    byName.set(nameKey(trimmed), company);
    return company;
  };
}

/** The customer profile with what the row says of the company: industry, size, annual revenue. */
function profileWith(profile: Deal['profile'], c: Candidate): Deal['profile'] {
  return {
    ...profile,
    ...(c.industry ? { industry: c.industry } : {}),
    ...(c.companySize ? { companySize: c.companySize } : {}),
    ...(c.annualRevenue !== undefined && c.annualRevenue !== null ? { annualRevenue: c.annualRevenue } : {}),
  };
}

export async function addDeal(
  ctx: StoreContext,
  c: Candidate,
  pipelineId: string,
  company: Company | null,
  scoreOf: (deal: Deal) => number,
) {
  const now = ctx.now();
  const contacts = await linkPeople(ctx, { contacts: [], companyId: company?.id ?? null }, peopleOf(c));
  const base = makeDeal(
    {
      id: ctx.newId(),
      pipelineId,
      stageId: c.stageId,
      title: c.title,
      source: c.source,
      value: c.value,
      ...(c.currency ? { currency: c.currency } : {}),
      expectedClose: c.expectedClose,
      notes: c.notes,
      companyId: company?.id ?? null,
      companyName: company?.name ?? '',
      contacts,
    },
    now,
  );
  const closed = closedAs(c, now);
  const deal: Deal = { ...base, ...closed.fields, profile: profileWith(base.profile, c), score: 0 };
  await ctx.db.deals.add({ ...deal, score: scoreOf(deal) });
  await ctx.db.stageHistory.add(
    makeHistory({
      id: ctx.newId(),
      dealId: deal.id,
      pipelineId,
      toStageId: c.stageId,
      toStatus: deal.status,
      at: closed.at,
      reason: closed.reason,
    }),
  );
}

/**
 * Update = the row's non-empty fields replace the deal's. Stage, status and source stay
 * as they are: stages change only through moves (the engine's gates), and an empty
 * source cell cannot be told apart from the default the rep picked.
 */
export async function updateDeal(
  ctx: StoreContext,
  id: string,
  c: Candidate,
  findCompany: Awaited<ReturnType<typeof companyFinder>>,
) {
  const deal = await getDealOrThrow(ctx, id);
  const company = c.companyName ? await findCompany(c.companyName, c) : null;
  const next: Deal = {
    ...deal,
    title: c.title || deal.title,
    value: c.value > 0 ? c.value : deal.value,
    currency: c.value > 0 && c.currency ? c.currency : deal.currency,
    expectedClose: c.expectedClose ?? deal.expectedClose,
    notes: c.notes || deal.notes,
    profile: profileWith(deal.profile, c),
    companyId: company ? company.id : deal.companyId,
    companyName: company ? company.name : deal.companyName,
    updatedAt: ctx.now(),
  };
  next.contacts = await linkPeople(ctx, next, peopleOf(c));
  await ctx.db.deals.put(next);
  await refreshDeal(ctx, id);
}
