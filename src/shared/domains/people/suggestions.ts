import type { Contact } from '../../model';
import { nameKey } from '../../model/nameKey';

export interface DuplicateSuggestion {
  /** The older record first: the default survivor. */
  ids: [string, string];
  why: 'same e-mail' | 'similar name at the same company';
}

/** Edits (insert, delete, substitute) between two short strings. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const tokens = (name: string) => nameKey(name).replace(/[.,]/g, ' ').split(' ').filter(Boolean);

/**
 * "Maria Lopez" and "María López", "Lopez, Maria", "Maria Lopes" or "M. Lopez": the same
 * tokens in any order, at most two typos, or an initial for the first name.
 */
export function similarNames(a: string, b: string): boolean {
  const ta = tokens(a.normalize('NFD').replace(/\p{Diacritic}/gu, ''));
  const tb = tokens(b.normalize('NFD').replace(/\p{Diacritic}/gu, ''));
  if (!ta.length || !tb.length) return false;
  const sa = [...ta].sort().join(' ');
  const sb = [...tb].sort().join(' ');
  if (sa === sb || distance(sa, sb) <= Math.min(2, Math.floor(Math.min(sa.length, sb.length) / 4)))
    return true;
  const initialOf = (x: string[], y: string[]) =>
    x.length === y.length &&
    x.length > 1 &&
    x.at(-1) === y.at(-1) &&
    x.slice(0, -1).every((t, i) => t.length === 1 && y[i]!.startsWith(t));
  return initialOf(ta, tb) || initialOf(tb, ta);
}

/** Pairs worth a look, each once, the surest first; records already merged never come back. */
export function duplicateSuggestions(contacts: readonly Contact[]): DuplicateSuggestion[] {
  const sorted = [...contacts].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const out: DuplicateSuggestion[] = [];
  const seen = new Set<string>();
  const add = (a: Contact, b: Contact, why: DuplicateSuggestion['why']) => {
    const key = `${a.id}|${b.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ids: [a.id, b.id], why });
  };
  const byEmail = new Map<string, Contact[]>();
  const byCompany = new Map<string, Contact[]>();
  for (const c of sorted) {
    const email = c.email.trim().toLowerCase();
    if (email) byEmail.set(email, [...(byEmail.get(email) ?? []), c]);
    if (c.companyId) byCompany.set(c.companyId, [...(byCompany.get(c.companyId) ?? []), c]);
  }
  const pairs = (
    group: Contact[],
    test: (a: Contact, b: Contact) => boolean,
    why: DuplicateSuggestion['why'],
  ) => {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (test(group[i]!, group[j]!)) add(group[i]!, group[j]!, why);
  };
  for (const group of byEmail.values()) pairs(group, () => true, 'same e-mail');
  for (const group of byCompany.values())
    pairs(group, (a, b) => similarNames(a.name, b.name), 'similar name at the same company');
  return out;
}
