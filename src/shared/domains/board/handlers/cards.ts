import type { Table } from 'dexie';
import type { Contact, Deal, HandoffChecklist } from '../../../model';
import type { BoardCard } from '../../../rpc/views';

/** The board shows open and won deals; lost and disqualified ones leave it. */
export const ON_BOARD: readonly Deal['status'][] = ['open', 'won'];

/** Above this many deals, reading whole tables (one getAll each) beats per-key lookups. */
const BULK_READ = 200;

/** The base tables a card is computed from (a database, or an upgrade transaction's tables). */
export interface CardSources {
  contacts: Table<Contact, string>;
  handoffs: Table<HandoffChecklist, string>;
}

/**
 * Board cards for `deals`, computed from the base tables: their first contact and handoff
 * progress joined in. Call inside a transaction over contacts and handoffs. The card
 * projection (store/cardProjection.ts) keeps these rows stored; this is its definition.
 */
export async function toBoardCards(db: CardSources, deals: Deal[]): Promise<BoardCard[]> {
  const many = deals.length > BULK_READ;
  const [firstContacts, handoffs] = await Promise.all([
    many
      ? db.contacts.toArray().then((all) => {
          const byId = new Map(all.map((c) => [c.id, c]));
          return deals.map((d) => byId.get(d.contacts[0]?.contactId ?? ''));
        })
      : db.contacts.bulkGet(deals.map((d) => d.contacts[0]?.contactId ?? '')),
    many
      ? db.handoffs.toArray()
      : db.handoffs
          .where('dealId')
          .anyOf(deals.map((d) => d.id))
          .toArray(),
  ]);
  const progress = new Map(
    handoffs.map((h) => {
      const items = h.sections.flatMap((s) => s.items);
      return [h.dealId, { done: items.filter((it) => it.done).length, total: items.length }];
    }),
  );
  return deals.map((d, i) => ({
    id: d.id,
    title: d.title,
    companyName: d.companyName,
    value: d.value,
    ...(d.currency ? { currency: d.currency } : {}),
    probability: d.probability,
    score: d.score,
    stageId: d.stageId,
    status: d.status,
    source: d.source,
    stageEnteredAt: d.stageEnteredAt,
    lastActivityAt: d.lastActivityAt,
    nextFollowUpAt: d.nextFollowUpAt,
    pausedUntil: d.pausedUntil,
    expectedClose: d.expectedClose,
    handoff: progress.get(d.id) ?? null,
    contactEmail: firstContacts[i]?.email ?? '',
    contactName: firstContacts[i]?.name ?? '',
  }));
}
