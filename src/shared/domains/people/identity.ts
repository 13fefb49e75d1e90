import type { Contact, DealContact } from '../../model';
import { nameKey } from '../../model/nameKey';

/**
 * When two contact records are the same person, and how their links follow a merge. Pure:
 * the v3 migration, the merge command and the duplicate finder share it.
 */

const emailKey = (email: string) => email.trim().toLowerCase();

/** The keys that make two records certainly one person: the e-mail, or the name at a company. */
export function exactKeys(c: Pick<Contact, 'email' | 'name' | 'companyId'>): string[] {
  const keys: string[] = [];
  if (emailKey(c.email)) keys.push(`email:${emailKey(c.email)}`);
  if (nameKey(c.name) && c.companyId) keys.push(`name:${c.companyId}:${nameKey(c.name)}`);
  return keys;
}

/** The survivor of a group: the oldest record (then the smallest id), so links stay stable. */
const older = (a: Contact, b: Contact) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The survivor's fields, each empty one filled from the others (oldest first). */
export function combine(survivor: Contact, others: readonly Contact[]): Contact {
  const next = { ...survivor };
  for (const o of [...others].sort(older)) {
    if (!next.email.trim()) next.email = o.email;
    if (!next.phone.trim()) next.phone = o.phone;
    if (!next.title.trim()) next.title = o.title;
    if (!next.companyId) next.companyId = o.companyId;
    next.updatedAt = Math.max(next.updatedAt, o.updatedAt);
  }
  return next;
}

export interface MergePlan {
  /** Every surviving record of a group of two or more, with the others' fields filled in. */
  survivors: Contact[];
  /** Each merged-away id → its survivor's id. */
  remap: Map<string, string>;
}

/** Group exact duplicates (shared keys join groups transitively) and pick each survivor. */
export function planExactMerge(contacts: readonly Contact[]): MergePlan {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const byKey = new Map<string, string>();
  for (const c of contacts) {
    parent.set(c.id, c.id);
    for (const key of exactKeys(c)) {
      const seen = byKey.get(key);
      if (seen) parent.set(find(c.id), find(seen));
      else byKey.set(key, c.id);
    }
  }
  const groups = new Map<string, Contact[]>();
  for (const c of contacts) {
    const root = find(c.id);
    groups.set(root, [...(groups.get(root) ?? []), c]);
  }
  const survivors: Contact[] = [];
  const remap = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = [...group].sort(older);
    survivors.push(combine(first!, rest));
    for (const o of rest) remap.set(o.id, first!.id);
  }
  return { survivors, remap };
}

/**
 * A deal's links after a merge: merged-away ids point at the survivor, and every role is
 * kept — one person who was both champion and user on a deal stays both; the same role twice
 * is one link.
 */
export function remapLinks(links: readonly DealContact[], remap: ReadonlyMap<string, string>): DealContact[] {
  const out: DealContact[] = [];
  for (const link of links) {
    const contactId = remap.get(link.contactId) ?? link.contactId;
    if (!out.some((l) => l.contactId === contactId && l.role === link.role))
      out.push({ contactId, role: link.role });
  }
  return out;
}

/** Whether a deal's links change under `remap`. */
export const linksTouched = (links: readonly DealContact[], remap: ReadonlyMap<string, string>) =>
  links.some((l) => remap.has(l.contactId));
