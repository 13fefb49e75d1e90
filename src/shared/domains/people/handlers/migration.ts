import type { Transaction } from 'dexie';
import type { Activity, Contact, Deal, FollowUp } from '../../../model';
import { linksTouched, planExactMerge, remapLinks } from '../identity';

/**
 * Schema v3: contacts become people shared by deals. Records that are certainly one person
 * (the same e-mail, or the same name at the same company) are merged into the oldest; every
 * deal link (with its role), activity and follow-up follows the survivor. Runs inside Dexie's
 * upgrade transaction, so it lands whole or not at all.
 */
export async function mergeExactDuplicates(tx: Transaction): Promise<void> {
  const contacts = tx.table<Contact, string>('contacts');
  const { survivors, remap } = planExactMerge(await contacts.toArray());
  if (remap.size === 0) return;
  await contacts.bulkPut(survivors);
  await contacts.bulkDelete([...remap.keys()]);
  await tx
    .table<Deal, string>('deals')
    .toCollection()
    .modify((deal) => {
      if (linksTouched(deal.contacts, remap)) deal.contacts = remapLinks(deal.contacts, remap);
    });
  const follow = (row: { contactId: string | null }) => {
    const to = row.contactId ? remap.get(row.contactId) : undefined;
    if (to) row.contactId = to;
  };
  const merged = [...remap.keys()];
  await tx.table<Activity, string>('activities').where('contactId').anyOf(merged).modify(follow);
  await tx.table<FollowUp, string>('followUps').where('contactId').anyOf(merged).modify(follow);
}
