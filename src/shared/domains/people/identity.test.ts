import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact, DealContact } from '../../model';
import { DECISION_ROLES } from '../../model';
import { exactKeys, planExactMerge, remapLinks } from './identity';
import { similarNames } from './suggestions';

const contact = fc.record({
  id: fc.uuid(),
  name: fc.constantFrom('Maria Lopez', 'maria  lopez', 'Omar Haddad', 'Lee', ''),
  email: fc.constantFrom('', 'maria@x.example', 'MARIA@x.example', 'omar@y.example'),
  phone: fc.constantFrom('', '+1 555'),
  title: fc.constantFrom('', 'CFO'),
  companyId: fc.constantFrom(null, 'c1', 'c2'),
  createdAt: fc.integer({ min: 0, max: 10 }),
  updatedAt: fc.integer({ min: 0, max: 10 }),
}) as fc.Arbitrary<Contact>;
const people = fc.uniqueArray(contact, { selector: (c) => c.id, maxLength: 12 });

describe('planExactMerge', () => {
  it('leaves no two records that share an e-mail or a name at a company, and loses no one', () => {
    fc.assert(
      fc.property(people, (contacts) => {
        const { survivors, remap } = planExactMerge(contacts);
        const kept = new Map(contacts.filter((c) => !remap.has(c.id)).map((c) => [c.id, c]));
        for (const s of survivors) kept.set(s.id, s);
        // Every merged-away record points at a record that stays.
        for (const to of remap.values()) expect(kept.has(to)).toBe(true);
        const seen = new Map<string, string>();
        for (const c of kept.values())
          for (const key of exactKeys(contacts.find((x) => x.id === c.id)!)) {
            expect(seen.get(key) ?? c.id).toBe(c.id);
            seen.set(key, c.id);
          }
        // The survivor is the oldest of its group, and no field that any record knew is emptied.
        for (const [from, to] of remap) {
          const a = contacts.find((c) => c.id === from)!;
          const b = kept.get(to)!;
          expect(b.createdAt).toBeLessThanOrEqual(a.createdAt);
          if (a.phone) expect(b.phone).not.toBe('');
          if (a.email) expect(b.email).not.toBe('');
        }
      }),
    );
  });

  it('remapLinks keeps every (person, role) pair once', () => {
    const link = fc.record({
      contactId: fc.constantFrom('a', 'b', 'c'),
      role: fc.constantFrom(...DECISION_ROLES),
    }) satisfies fc.Arbitrary<DealContact>;
    fc.assert(
      fc.property(fc.array(link, { maxLength: 8 }), (links) => {
        const remap = new Map([['b', 'a']]);
        const out = remapLinks(links, remap);
        const want = new Set(links.map((l) => `${remap.get(l.contactId) ?? l.contactId}|${l.role}`));
        expect(new Set(out.map((l) => `${l.contactId}|${l.role}`))).toEqual(want);
        expect(out).toHaveLength(want.size);
      }),
    );
  });
});

describe('similarNames', () => {
  it.each([
    ['Maria Lopez', 'María López', true],
    ['Maria Lopez', 'Lopez, Maria', true],
    ['Maria Lopez', 'Maria Lopes', true],
    ['Maria Lopez', 'M. Lopez', true],
    ['Maria Lopez', 'Mario Lopez', true],
    ['Maria Lopez', 'Omar Haddad', false],
    ['Lee', 'Lea', false],
    ['Ann Smith', 'John Smith', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(similarNames(a, b)).toBe(same);
  });
});
