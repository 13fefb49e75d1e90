import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { V2_PEOPLE_RECORDS, V2_PEOPLE_SCHEMA } from '../fixtures/db/v2-people';

const NAME = 'fieldline-people';

/** The v2 fixture with duplicates, written by a plain Dexie that knows only the frozen v2 schema. */
async function writeV2People(indexedDB: IDBFactory) {
  const old = new Dexie(NAME, { indexedDB, IDBKeyRange });
  old.version(2).stores(V2_PEOPLE_SCHEMA);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(V2_PEOPLE_RECORDS)) await old.table(table).bulkAdd([...rows]);
  });
  old.close();
}

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function openFixture() {
  const indexedDB = new IDBFactory();
  await writeV2People(indexedDB);
  harness = await startHarness({ name: NAME, indexedDB });
  return harness.connect();
}

describe('people: the v3 migration merges exact duplicates', () => {
  it('keeps one record per person, fills empty fields from the duplicates, and keeps every role and link', async () => {
    const client = await openFixture();
    const people = await client.call('people.list', {});
    // k2 (same e-mail, other case) and k3 (same name at Granite) are Omar; k6 (same name at
    // Tidewater) is Maria. Omar at another company, "Maria Lopes" and two "Lee"s with no
    // company or e-mail are not certainly the same person: they stay.
    expect(people.map((p) => p.id).sort()).toEqual(['k1', 'k4', 'k5', 'k7', 'k8', 'k9']);
    const omar = people.find((p) => p.id === 'k1')!;
    expect(omar).toMatchObject({
      name: 'Omar Haddad',
      email: 'omar@granite.example',
      title: 'CTO',
      phone: '+49 555 0100',
      companyName: 'Granite Energy',
      openDeals: 2,
    });
    expect(omar.roles.sort()).toEqual(['champion', 'decision-maker', 'user']);

    const d1 = await client.call('deals.get', { id: 'd1' });
    expect(d1.deal.contacts).toEqual([
      { contactId: 'k1', role: 'champion' },
      { contactId: 'k1', role: 'decision-maker' },
    ]);
    expect((await client.call('deals.get', { id: 'd2' })).deal.contacts).toEqual([
      { contactId: 'k1', role: 'user' },
    ]);
    // The same role twice is one link.
    expect((await client.call('deals.get', { id: 'd3' })).deal.contacts).toEqual([
      { contactId: 'k5', role: 'champion' },
      { contactId: 'k4', role: 'influencer' },
    ]);
    const page = await client.call('people.get', { id: 'k1' });
    expect(page.activities.map((a) => [a.id, a.contactId])).toEqual([['a1', 'k1']]);
    expect(page.deals.map((d) => [d.deal.id, d.roles])).toEqual(
      expect.arrayContaining([
        ['d1', ['champion', 'decision-maker']],
        ['d2', ['user']],
      ]),
    );
    const d2 = await client.call('deals.get', { id: 'd2' });
    expect(d2.followUps.map((f) => f.contactId)).toEqual(['k1']);
    expect((await client.call('people.get', { id: 'k5' })).activities.map((a) => a.contactId)).toEqual([
      'k7',
      'k5',
    ]);
  });

  it('suggests the near misses for a look: similar names at the same company', async () => {
    const client = await openFixture();
    const suggestions = await client.call('people.duplicates', {});
    expect(suggestions).toEqual([{ ids: ['k5', 'k7'], why: 'similar name at the same company' }]);
  });
});

describe('people: shared by deals, merged and unmerged', () => {
  /** A deal at Ironbark Capital with one contact. */
  const addDeal = (
    client: ReturnType<Harness['connect']>,
    title: string,
    contactName: string,
    contactEmail: string,
  ) =>
    client.call('deals.create', {
      title,
      companyName: 'Ironbark Capital',
      contactName,
      contactEmail,
      source: 'partner-referral',
      value: 1000,
    });

  async function twoDealsOnePerson() {
    harness = await startHarness();
    const client = harness.connect();
    const a = await addDeal(client, 'Pilot', 'Maria Lopez', 'maria@ironbark.example');
    const b = await addDeal(client, 'Rollout', 'Maria Lopez', 'MARIA@ironbark.example');
    return { client, a, b };
  }

  it('a person added to a second deal is the same person; editing them changes every deal that shows them', async () => {
    const { client, a, b } = await twoDealsOnePerson();
    const people = await client.call('people.list', {});
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Maria Lopez', companyName: 'Ironbark Capital', openDeals: 2 });
    await client.call('people.update', { id: people[0]!.id, patch: { phone: '+1 555 0199', title: 'CFO' } });
    for (const deal of [a, b]) {
      const detail = await client.call('deals.get', { id: deal.id });
      expect(detail.contacts.map((c) => [c.contact.name, c.contact.phone, c.contact.title])).toEqual([
        ['Maria Lopez', '+1 555 0199', 'CFO'],
      ]);
    }
    // The palette's search finds her by name or e-mail, and her company by its name.
    expect(await client.call('people.search', { text: 'MARIA@', limit: 8 })).toEqual({
      people: [{ id: people[0]!.id, name: 'Maria Lopez', companyName: 'Ironbark Capital' }],
      companies: [],
    });
    expect(
      (await client.call('people.search', { text: 'ironbark', limit: 8 })).companies.map((c) => c.name),
    ).toEqual(['Ironbark Capital']);
    const company = await client.call('companies.get', { id: people[0]!.companyId! });
    expect(company.people.map((p) => p.name)).toEqual(['Maria Lopez']);
    expect(company.openDeals.map((d) => d.title).sort()).toEqual(['Pilot', 'Rollout']);
  });

  it('a merge moves every deal link, role, activity and follow-up to the survivor, and undo puts each back', async () => {
    harness = await startHarness();
    const client = harness.connect();
    const a = await addDeal(client, 'Pilot', 'Maria Lopez', 'maria@ironbark.example');
    const b = await addDeal(client, 'Rollout', 'M. Lopez', 'mlopez@ironbark.example');
    const [pair] = await client.call('people.duplicates', {});
    expect(pair?.why).toBe('similar name at the same company');
    const [survivorId, otherId] = pair!.ids;
    await client.call('activities.log', {
      dealId: b.id,
      contactId: otherId,
      type: 'call',
      subject: 'Intro',
    });
    const before = {
      survivor: await client.call('people.get', { id: survivorId }),
      other: await client.call('people.get', { id: otherId }),
    };
    const undo = await client.call('people.merge', { survivorId, otherId, take: { email: 'other' } });

    const people = await client.call('people.list', {});
    expect(people.map((p) => p.id)).toEqual([survivorId]);
    expect(people[0]).toMatchObject({ name: 'Maria Lopez', email: 'mlopez@ironbark.example', openDeals: 2 });
    const merged = await client.call('people.get', { id: survivorId });
    expect(merged.deals.map((d) => d.deal.id).sort()).toEqual([a.id, b.id].sort());
    expect(merged.activities.filter((x) => x.type === 'call').map((x) => x.contactId)).toEqual([survivorId]);

    await client.call('people.unmerge', { undo });
    expect((await client.call('people.list', {})).map((p) => p.id).sort()).toEqual(
      [survivorId, otherId].sort(),
    );
    expect(await client.call('people.get', { id: survivorId })).toEqual(before.survivor);
    expect(await client.call('people.get', { id: otherId })).toEqual(before.other);
  });

  it('refuses to merge a person with themself, and says who is missing', async () => {
    const { client } = await twoDealsOnePerson();
    const [person] = await client.call('people.list', {});
    await expect(
      client.call('people.merge', { survivorId: person!.id, otherId: person!.id, take: {} }),
    ).rejects.toThrow('Pick two different people');
    await expect(client.call('people.get', { id: 'nobody' })).rejects.toThrow('Person nobody was not found');
  });
});
