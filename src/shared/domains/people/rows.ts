import type { Company, Contact, Deal, DecisionRole } from '../../model';
import type { DealLine, PersonRow } from '../../rpc/views';

/** What the People and Companies pages show of a deal. */
export const dealLine = (d: Deal): DealLine => ({
  id: d.id,
  title: d.title,
  status: d.status,
  value: d.value,
  ...(d.currency ? { currency: d.currency } : {}),
  stageId: d.stageId,
  pipelineId: d.pipelineId,
  companyName: d.companyName,
  lastActivityAt: d.lastActivityAt,
});

/** The later of two moments, either possibly unknown. */
export const later = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** People rows: each person's roles, open deals and last touch over the deals given. */
export function personRows(
  contacts: readonly Contact[],
  companies: ReadonlyMap<string, Company>,
  deals: readonly Deal[],
): PersonRow[] {
  const roles = new Map<string, Set<DecisionRole>>();
  const open = new Map<string, number>();
  const touch = new Map<string, number | null>();
  for (const deal of deals) {
    for (const link of deal.contacts)
      roles.set(link.contactId, (roles.get(link.contactId) ?? new Set()).add(link.role));
    // A person with two roles on a deal is on it once.
    for (const id of new Set(deal.contacts.map((l) => l.contactId))) {
      if (deal.status === 'open') open.set(id, (open.get(id) ?? 0) + 1);
      touch.set(id, later(touch.get(id) ?? null, deal.lastActivityAt));
    }
  }
  return contacts.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    title: c.title,
    companyId: c.companyId,
    companyName: (c.companyId && companies.get(c.companyId)?.name) || '',
    roles: [...(roles.get(c.id) ?? [])],
    openDeals: open.get(c.id) ?? 0,
    lastTouch: touch.get(c.id) ?? null,
  }));
}
