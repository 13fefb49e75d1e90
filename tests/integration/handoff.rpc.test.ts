import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import type { ChangeEvent } from '../../src/shared/rpc/views';
import { defaultHandoffTemplate } from '../../src/shared/engine';
import { localMidnight, milestoneFollowUpId } from '../../src/shared/domains/handoff/milestones';
import { createWonDeal, WON_DEAL } from '../../src/shared/domains/handoff/testing/wonDeal';
import { startHarness, until, type Harness } from '../../src/shared/store/testing/harness';

// Many store round trips on fake IndexedDB: generous limits so a busy machine never fails a test on time.
vi.setConfig({ testTimeout: 60_000 });

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

async function withChecklist() {
  const { deal } = await createWonDeal(client);
  const checklist = (await client.call('handoff.get', { dealId: deal.id }))!;
  const section = (key: string) => checklist.sections.find((s) => s.key === key)!;
  return { deal, checklist, section };
}

/** Everything a handoff call may write, to prove a refused call changed nothing. */
const snapshot = async () => ({
  handoffs: await h.host.db.handoffs.toArray(),
  followUps: await h.host.db.followUps.toArray(),
  deals: await h.host.db.deals.toArray(),
  settings: await h.host.db.settings.toArray(),
  history: await h.host.db.stageHistory.count(),
});

describe('handoff checklist through the store', () => {
  it('a won deal entering Post-Sale gets a prefilled checklist, shown on its board card', async () => {
    const { deal, checklist, section } = await withChecklist();
    expect(deal.status).toBe('won');
    expect(checklist.dealId).toBe(deal.id);
    expect(checklist.sections.map((s) => s.key)).toEqual(defaultHandoffTemplate().map((s) => s.key));
    expect(section('priorities').items[0]!.value).toBe(WON_DEAL.priority);
    expect(section('pain-points').items.map((i) => i.value)).toContain(
      `${WON_DEAL.painSubject}: ${WON_DEAL.painBody}`,
    );
    expect(section('stakeholders').items.map((i) => i.label)).toEqual([
      'Katrin Vogel — Decision-maker',
      'Jonas Berg — Champion',
    ]);
    const total = checklist.sections.reduce((n, s) => n + s.items.length, 0);
    const card = (await client.call('board.get', {})).cards.find((c) => c.id === deal.id);
    expect(card?.handoff).toEqual({ done: 0, total });
  });

  it('handoff.get answers null for a deal without a checklist and not-found for no deal', async () => {
    const { deal } = await createWonDeal(client, { toPostSale: false });
    expect(await client.call('handoff.get', { dealId: deal.id })).toBeNull();
    await expect(client.call('handoff.get', { dealId: 'missing' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('handoff.create starts a checklist for a won deal once, and only for won deals', async () => {
    const { deal } = await createWonDeal(client, { toPostSale: false });
    const created = await client.call('handoff.create', { dealId: deal.id });
    expect(created.sections[0]!.items[0]!.value).toBe(WON_DEAL.priority);
    expect(await client.call('handoff.get', { dealId: deal.id })).toEqual(created);
    await expect(client.call('handoff.create', { dealId: deal.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    const open = await client.call('deals.create', {
      title: 'Open lead',
      companyName: '',
      contactName: '',
      contactEmail: '',
      source: 'event',
      value: 0,
    });
    await expect(client.call('handoff.create', { dealId: open.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await h.host.db.handoffs.count()).toBe(1);
  });

  it('fills and ticks items, emitting one change event per write', async () => {
    const { deal, section } = await withChecklist();
    const events: ChangeEvent[] = [];
    client.on('store.changed', (e) => events.push(e));
    const item = section('cs-focus').items[0]!;
    const next = await client.call('handoff.updateItem', {
      dealId: deal.id,
      sectionId: section('cs-focus').id,
      itemId: item.id,
      patch: { value: 'Train both dispatch shifts\nin German', done: true },
    });
    const saved = next.sections.find((s) => s.key === 'cs-focus')!.items[0]!;
    expect(saved).toMatchObject({
      id: item.id,
      label: item.label,
      value: 'Train both dispatch shifts\nin German',
      done: true,
      date: null,
    });
    expect(next.updatedAt).toBe(h.clock.now());
    await until(() => events.length === 1);
    expect(events[0]).toMatchObject({ method: 'handoff.updateItem', dealIds: [deal.id] });
    expect(events[0]!.tables).toContain('handoffs');
    const card = (await client.call('board.get', {})).cards.find((c) => c.id === deal.id);
    expect(card?.handoff?.done).toBe(1);
  });

  it('a milestone date creates, moves and cancels one linked follow-up', async () => {
    const { deal, section } = await withChecklist();
    const milestones = section('milestones');
    const goLive = milestones.items[1]!;
    const ref = { dealId: deal.id, sectionId: milestones.id, itemId: goLive.id };
    await client.call('handoff.updateItem', { ...ref, patch: { date: '2026-12-01' } });
    const id = milestoneFollowUpId(goLive.id);
    expect(await h.host.db.followUps.get(id)).toMatchObject({
      dealId: deal.id,
      dueAt: localMidnight('2026-12-01'),
      hasTime: false,
      status: 'open',
      note: `Handoff milestone: Go-live (${WON_DEAL.title})`,
    });
    expect((await client.call('deals.get', { id: deal.id })).deal.nextFollowUpAt).toBe(
      localMidnight('2026-12-01'),
    );

    await client.call('handoff.updateItem', { ...ref, patch: { date: '2026-12-15' } });
    expect(await h.host.db.followUps.where('dealId').equals(deal.id).count()).toBe(1);
    expect((await h.host.db.followUps.get(id))?.dueAt).toBe(localMidnight('2026-12-15'));

    await client.call('handoff.updateItem', { ...ref, patch: { date: null } });
    expect((await h.host.db.followUps.get(id))?.status).toBe('cancelled');
    expect((await client.call('deals.get', { id: deal.id })).deal.nextFollowUpAt).toBeNull();

    await client.call('handoff.updateItem', { ...ref, patch: { date: '2027-01-10' } });
    expect(await h.host.db.followUps.get(id)).toMatchObject({
      status: 'open',
      dueAt: localMidnight('2027-01-10'),
    });
    await client.call('handoff.removeItem', ref);
    expect((await h.host.db.followUps.get(id))?.status).toBe('cancelled');
  });

  it('adds, moves and removes items', async () => {
    const { deal, section } = await withChecklist();
    const commitments = section('commitments');
    const added = await client.call('handoff.addItem', {
      dealId: deal.id,
      sectionId: commitments.id,
      label: 'Free onboarding workshop',
      value: 'Promised by the VP',
      atIndex: 0,
    });
    const labels = (c: typeof added) =>
      c.sections.find((s) => s.key === 'commitments')!.items.map((i) => i.label);
    expect(labels(added)).toEqual(['Free onboarding workshop', ...commitments.items.map((i) => i.label)]);
    const newItem = added.sections.find((s) => s.key === 'commitments')!.items[0]!;
    expect(newItem).toMatchObject({ value: 'Promised by the VP', done: false, date: null });

    const moved = await client.call('handoff.moveItem', {
      dealId: deal.id,
      sectionId: commitments.id,
      itemId: newItem.id,
      toIndex: 2,
    });
    expect(labels(moved)).toEqual([...commitments.items.map((i) => i.label), 'Free onboarding workshop']);

    const removed = await client.call('handoff.removeItem', {
      dealId: deal.id,
      sectionId: commitments.id,
      itemId: newItem.id,
    });
    expect(labels(removed)).toEqual(commitments.items.map((i) => i.label));

    const dated = await client.call('handoff.addItem', {
      dealId: deal.id,
      sectionId: section('milestones').id,
      label: 'Data migration done',
      date: '2026-11-20',
    });
    const datedItem = dated.sections.find((s) => s.key === 'milestones')!.items.at(-1)!;
    expect((await h.host.db.followUps.get(milestoneFollowUpId(datedItem.id)))?.dueAt).toBe(
      localMidnight('2026-11-20'),
    );
  });

  it('refuses invalid or stale requests and changes nothing', async () => {
    const { deal, section } = await withChecklist();
    const s = section('milestones');
    const ref = { dealId: deal.id, sectionId: s.id, itemId: s.items[0]!.id };
    const before = await snapshot();
    const invalid = [
      client.call('handoff.updateItem', { ...ref, patch: { date: '2026-02-30' } }),
      client.call('handoff.updateItem', { ...ref, patch: { date: '1 Dec 2026' } }),
      client.call('handoff.updateItem', { ...ref, patch: {} }),
      client.call('handoff.updateItem', { ...ref, patch: { label: '   ' } }),
      client.call('handoff.updateItem', { ...ref, patch: { value: 'x'.repeat(20_001) } }),
      client.call('handoff.updateItem', { ...ref, patch: { done: 'yes' } as never }),
      client.call('handoff.updateItem', { ...ref, patch: { id: 'other' } as never }),
      client.call('handoff.addItem', { dealId: deal.id, sectionId: s.id, label: '' }),
      client.call('handoff.moveItem', { ...ref, toIndex: -1 }),
      client.call('handoff.moveItem', { ...ref, toIndex: 1.5 }),
      client.call('handoff.create', {} as never),
      client.call('deals.createFollowOn', {
        dealId: deal.id,
        kind: 'cross-sell',
        title: 'X',
        value: 1,
      } as never),
      client.call('deals.createFollowOn', { dealId: deal.id, kind: 'upsell', title: ' ', value: 1 }),
      client.call('deals.createFollowOn', { dealId: deal.id, kind: 'upsell', title: 'X', value: -1 }),
    ];
    // Settled together: a quick rejection must not go unhandled while an earlier call is still running.
    for (const result of await Promise.allSettled(invalid))
      expect(result).toMatchObject({ status: 'rejected', reason: { code: 'invalid-input' } });
    const stale = [
      client.call('handoff.updateItem', { ...ref, itemId: 'gone', patch: { done: true } }),
      client.call('handoff.updateItem', { ...ref, sectionId: 'gone', patch: { done: true } }),
      client.call('handoff.removeItem', { ...ref, itemId: 'gone' }),
      client.call('handoff.moveItem', { ...ref, itemId: 'gone', toIndex: 0 }),
      client.call('handoff.updateItem', { ...ref, dealId: 'no-deal', patch: { done: true } }),
      client.call('handoff.exportDoc', { dealId: 'no-deal' }),
    ];
    for (const result of await Promise.allSettled(stale))
      expect(result).toMatchObject({ status: 'rejected', reason: { code: 'not-found' } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a milestone day its follow-up could not be stored on, so every backup stays restorable', async () => {
    const { deal, section } = await withChecklist();
    const s = section('milestones');
    const ref = { dealId: deal.id, sectionId: s.id, itemId: s.items[0]!.id };
    const before = await snapshot();
    // Real calendar days, but local midnight of each lies before 1970: no follow-up can be due then.
    for (const date of ['1950-06-01', '1900-01-01'])
      await expect(client.call('handoff.updateItem', { ...ref, patch: { date } })).rejects.toMatchObject({
        code: 'invalid-input',
      });
    await expect(
      client.call('handoff.addItem', {
        dealId: deal.id,
        sectionId: s.id,
        label: 'Kick-off',
        date: '1969-07-20',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await snapshot()).toEqual(before);
    const backup = await client.call('backup.export', {});
    await expect(client.call('backup.restore', { text: JSON.stringify(backup) })).resolves.toBeTruthy();
  });

  it('refuses to grow a section past its limit', async () => {
    const { deal, section } = await withChecklist();
    const s = section('commitments');
    for (let i = s.items.length; i < 200; i++)
      await client.call('handoff.addItem', { dealId: deal.id, sectionId: s.id, label: `Promise ${i}` });
    const before = await snapshot();
    await expect(
      client.call('handoff.addItem', { dealId: deal.id, sectionId: s.id, label: 'One too many' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('handoff template in settings', () => {
  it('changes apply to new checklists only', async () => {
    const { deal: first } = await withChecklist();
    const template = [
      { key: 'priorities', title: 'Why they bought', items: ['Main reason'] },
      { key: 'data-migration', title: 'Data migration', items: ['Source systems', 'Cut-over weekend'] },
    ];
    const settings = await client.call('settings.updateHandoffTemplate', { template });
    expect(settings.handoffTemplate).toEqual(template);
    expect((await client.call('settings.get', {})).handoffTemplate).toEqual(template);

    const { deal: second } = await createWonDeal(client);
    const fresh = (await client.call('handoff.get', { dealId: second.id }))!;
    expect(fresh.sections.map((s) => [s.title, s.items.map((i) => i.label)])).toEqual([
      ['Why they bought', ['Main reason']],
      ['Data migration', ['Source systems', 'Cut-over weekend']],
    ]);
    expect(fresh.sections[0]!.items[0]!.value).toBe(WON_DEAL.priority);
    const old = (await client.call('handoff.get', { dealId: first.id }))!;
    expect(old.sections.map((s) => s.key)).toEqual(defaultHandoffTemplate().map((s) => s.key));
  });

  it('rejects an invalid template and keeps the old one', async () => {
    const before = await client.call('settings.get', {});
    const bad = [
      [
        { key: 'a', title: 'A', items: [] },
        { key: 'a', title: 'B', items: [] },
      ],
      [{ key: 'a', title: '  ', items: [] }],
      [{ key: 'a', title: 'A', items: [''] }],
      [{ key: '', title: 'A', items: [] }],
      Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, title: 'T', items: [] })),
      'not a template',
    ];
    for (const template of bad) {
      await expect(
        client.call('settings.updateHandoffTemplate', { template } as never),
      ).rejects.toMatchObject({ code: 'invalid-input' });
    }
    expect(await client.call('settings.get', {})).toEqual(before);
  });
});

describe('handoff.exportDoc', () => {
  it('gathers deal, company, contacts, checklist and key moments', async () => {
    const { deal, checklist } = await withChecklist();
    const doc = await client.call('handoff.exportDoc', { dealId: deal.id });
    expect(doc.deal.id).toBe(deal.id);
    expect(doc.company?.name).toBe(WON_DEAL.companyName);
    expect(doc.contacts.map((c) => [c.contact.name, c.role])).toEqual([
      ['Katrin Vogel', 'decision-maker'],
      ['Jonas Berg', 'champion'],
    ]);
    expect(doc.checklist).toEqual(checklist);
    expect(doc.generatedAt).toBe(h.clock.now());
    expect(doc.currency).toBe('USD');
    const texts = doc.timeline.map((t) => t.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Lead created in Lead Generation',
        'Meeting: Discovery workshop with dispatch',
        'Buying signal: customer requested a trial',
        'Won, moved to Closed Deal (gates overridden): Won: signed 2026-10-28. Signed straight after the pilot',
        'Moved from Closed Deal to Post-Sale',
      ]),
    );
    expect(texts.some((t) => t.includes(WON_DEAL.painSubject))).toBe(false);
  });

  it('is not-found for a deal without a checklist', async () => {
    const { deal } = await createWonDeal(client, { toPostSale: false });
    await expect(client.call('handoff.exportDoc', { dealId: deal.id })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('deals.createFollowOn', () => {
  it('opens a linked deal in the first stage of the same pipeline', async () => {
    const { deal, pipeline } = await createWonDeal(client);
    const followOn = await client.call('deals.createFollowOn', {
      dealId: deal.id,
      kind: 'add-on',
      title: 'Route optimisation module',
      value: 25_000,
    });
    expect(followOn).toMatchObject({
      status: 'open',
      stageId: pipeline.stages[0]!.id,
      pipelineId: pipeline.id,
      parentDealId: deal.id,
      companyId: deal.companyId,
      companyName: deal.companyName,
      contacts: deal.contacts,
      value: 25_000,
      title: 'Route optimisation module',
    });
    const detail = await client.call('deals.get', { id: followOn.id });
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({
      reason: `Follow-on from ${WON_DEAL.title}`,
      toStageId: pipeline.stages[0]!.id,
      fromStageId: null,
    });
    expect(detail.contacts.map((c) => c.contact.name)).toEqual(['Katrin Vogel', 'Jonas Berg']);
    expect(await h.host.db.deals.where('parentDealId').equals(deal.id).count()).toBe(1);
  });

  it('refuses a deal that is not won', async () => {
    const open = await client.call('deals.create', {
      title: 'Open lead',
      companyName: 'Acme',
      contactName: '',
      contactEmail: '',
      source: 'event',
      value: 0,
    });
    const before = await snapshot();
    await expect(
      client.call('deals.createFollowOn', { dealId: open.id, kind: 'upsell', title: 'More', value: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      client.call('deals.createFollowOn', { dealId: 'missing', kind: 'upsell', title: 'More', value: 1 }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await snapshot()).toEqual(before);
  });
});
