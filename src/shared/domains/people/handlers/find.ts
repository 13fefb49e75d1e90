import { makeContact, type Contact } from '../../../model';
import type { StoreContext } from '../../../store/context';
import { exactKeys } from '../identity';

type NewPerson = Pick<Contact, 'name' | 'email' | 'companyId'> & Partial<Pick<Contact, 'phone' | 'title'>>;

/**
 * The person a new link is to: someone already known with the same e-mail or the same name at
 * the same company (empty fields filled in from what is given), else a new record. Every way
 * a contact is added goes through here, so one person stays one record. Call inside a write.
 */
export async function findOrAddPerson(ctx: StoreContext, given: NewPerson): Promise<Contact> {
  const keys = new Set(exactKeys(given));
  if (keys.size) {
    const email = given.email.trim();
    const candidates = [
      ...(email ? await ctx.db.contacts.where('email').equalsIgnoreCase(email).toArray() : []),
      ...(given.companyId ? await ctx.db.contacts.where('companyId').equals(given.companyId).toArray() : []),
    ];
    const found = candidates.find((c) => exactKeys(c).some((k) => keys.has(k)));
    if (found) {
      const next: Contact = {
        ...found,
        email: found.email || given.email,
        phone: found.phone || (given.phone ?? ''),
        title: found.title || (given.title ?? ''),
        companyId: found.companyId ?? given.companyId,
      };
      if (JSON.stringify(next) !== JSON.stringify(found))
        await ctx.db.contacts.put({ ...next, updatedAt: ctx.now() });
      return next;
    }
  }
  const contact = makeContact({ id: ctx.newId(), ...given }, ctx.now());
  await ctx.db.contacts.add(contact);
  return contact;
}
