/**
 * The contract's table marks are true: every method is run through the real RPC transport,
 * and what it really read (a read-tracking DBCore middleware) and really wrote (the store's
 * own write tracking, seen in its change events) must be declared — the UI's live queries
 * reload from those marks alone, so an undeclared read would leave a view stale. And nothing
 * is declared that no run touches (an over-declared query reloads for nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWonDeal } from '../../src/shared/domains/handoff/testing/wonDeal';
import type { RpcClient } from '../../src/shared/rpc/client';
import { contract, type InputOf, type MethodName, type ResultOf } from '../../src/shared/rpc/contract';
import type { ChangeEvent } from '../../src/shared/rpc/views';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { watchTables } from '../../src/shared/store/testing/watchTables';
import { isMaintaining } from '../../src/shared/store/bookkeeping';

/** Bookkeeping tables are the store's own, never part of a method's contract. */
const INTERNAL = new Set(['meta']);
/** The board's card projection and the dashboard's rollups: queries declare reading them; the store alone writes them. */
const DERIVED = new Set(['cards', 'rollups']);

/** The packed card leaves (store/cardLeaves.ts) are the card projection kept in `meta`: reading them reads `cards`. */
const LEAF_KEY = /^cards(:|$)/;
const isLeafKey = (key: unknown) => typeof key === 'string' && LEAF_KEY.test(key);

let recording: Set<string> | null = null;
const readTracker = watchTables('contract-read-tracker', (table, name) => {
  // What the store reads to keep the card projection current is its own, not the command's.
  const note = (trans: object, leaves = false) => {
    const read = leaves ? 'cards' : name;
    if (recording && !INTERNAL.has(read) && !isMaintaining(trans)) recording.add(read);
  };
  return {
    ...table,
    get: (req) => (note(req.trans, isLeafKey(req.key)), table.get(req)),
    getMany: (req) => (note(req.trans, req.keys.some(isLeafKey)), table.getMany(req)),
    query: (req) => (note(req.trans, isLeafKey(req.query.range.lower)), table.query(req)),
    openCursor: (req) => (note(req.trans, isLeafKey(req.query.range.lower)), table.openCursor(req)),
    count: (req) => (note(req.trans), table.count(req)),
  };
});

interface Touched {
  reads: Set<string>;
  writes: Set<string>;
}
const seen = new Map<MethodName, Touched>();
const violations: string[] = [];

let h: Harness;
let client: RpcClient;
let lastEvent: ChangeEvent | null = null;

/** Call one method, and check what it touched against what it declares. */
async function run<K extends MethodName>(method: K, input: InputOf<K>): Promise<ResultOf<K>> {
  const reads = new Set<string>();
  lastEvent = null;
  recording = reads;
  try {
    return await client.call(method, input);
  } finally {
    recording = null;
    check(method, reads);
  }
}

function check(method: MethodName, reads: Set<string>) {
  const writes = new Set(
    (lastEvent?.method === method ? lastEvent.tables : []).filter((t) => !DERIVED.has(t)),
  );
  const spec = contract[method];
  const declaredReads = new Set<string>([...spec.reads, ...spec.writes]);
  for (const table of reads)
    if (!declaredReads.has(table)) violations.push(`${method} read ${table}, which it does not declare`);
  for (const table of writes)
    if (!(spec.writes as readonly string[]).includes(table))
      violations.push(`${method} wrote ${table}, which it does not declare`);
  const touched = seen.get(method) ?? { reads: new Set(), writes: new Set() };
  reads.forEach((t) => touched.reads.add(t));
  writes.forEach((t) => touched.writes.add(t));
  seen.set(method, touched);
}

/** A client whose every call is checked (so helpers such as createWonDeal count too). */
const checkedClient = () =>
  ({ ...client, call: (method: MethodName, input: never) => run(method, input) }) as RpcClient;

beforeAll(async () => {
  h = await startHarness({ middlewares: [readTracker] });
  client = h.connect();
  h.host.service.onChange((event) => (lastEvent = event));
});
afterAll(async () => {
  await h.close();
});

describe('every method touches only the tables it declares', () => {
  it('runs every method of the contract through the RPC transport', async () => {
    const c = checkedClient();
    await run('system.info', {});
    await run('settings.get', {});
    const [pipeline] = await run('pipelines.list', {});
    await run('sample.load', { count: 30, seed: 7 });
    const board = await run('board.get', {});
    await run('board.cards', {
      pipelineId: pipeline!.id,
      ids: board.cards.slice(0, 5).map((card) => card.id),
    });
    const page = await run('board.page', { after: null, limit: 5 });
    await run('board.page', { pipelineId: pipeline!.id, after: page.next, limit: 5 });
    await run('deals.search', { text: 'a', limit: 10 });
    await run('deals.exportRows', {});
    await run('insights.dashboard', { period: 'all' });
    await run('insights.numbers', {});
    for (const figure of ['won', 'activity'] as const) await run('insights.figureDeals', { figure });
    await run('followUps.agenda', {});
    await run('followUps.staleCandidates', {});
    await run('followUps.summary', {});
    await run('followUps.dueCounts', { now: h.clock.now() });
    const due = await run('followUps.claimDue', { until: h.clock.now() + 30 * 86_400_000 });
    expect(due.claimed.length).toBeGreaterThan(0);

    // A deal's life: create, edit, contacts, activities, follow-ups, moves and undo.
    const deal = await run('deals.create', {
      title: 'Contract check',
      companyName: 'Ironbark Capital',
      contactName: 'Ada Park',
      contactEmail: 'ada@ironbark.example',
      source: 'event',
      value: 12_000,
    });
    await run('deals.get', { id: deal.id });
    // A deal in a currency with no rate: the dashboard reads the deals it lists as unconverted.
    const yen = await run('deals.create', {
      title: 'In yen',
      contactName: 'Yui Sato',
      contactEmail: '',
      companyName: 'Ironbark Capital',
      source: 'event',
      value: 9,
    });
    await run('deals.update', { id: yen.id, patch: { currency: 'JPY' } });
    await run('insights.dashboard', { period: '30d' });
    await run('deals.update', { id: deal.id, patch: { companyName: 'Ironbark Holdings', value: 15_000 } });
    const added = await run('deals.addContact', {
      dealId: deal.id,
      contact: { name: 'Bo Lind', email: '', phone: '', title: 'CFO', role: 'decision-maker' },
    });
    const bo = added.contacts.find((entry) => entry.contact.name === 'Bo Lind')!.contact.id;
    await run('deals.updateContact', { dealId: deal.id, contactId: bo, contact: { title: 'CEO' } });
    await run('deals.removeContact', { dealId: deal.id, contactId: bo });
    await run('activities.log', { dealId: deal.id, type: 'call', subject: 'Intro' });
    const followUp = await run('followUps.create', {
      dealId: deal.id,
      dueAt: h.clock.now() + 86_400_000,
      type: 'call',
    });
    const ada = (await run('deals.get', { id: deal.id })).contacts[0]!.contact.id;
    await run('followUps.create', {
      dealId: null,
      contactId: ada,
      dueAt: h.clock.now() + 86_400_000,
      type: 'email',
    });
    await run('followUps.reschedule', { id: followUp.id, dueAt: h.clock.now() + 2 * 86_400_000 });
    await run('followUps.snooze', { id: followUp.id, until: h.clock.now() + 3 * 86_400_000 });
    await run('followUps.complete', { id: followUp.id });
    // People and companies: lists, pages, an edit, and a merge (with an activity and a
    // follow-up to move) and its undo.
    await run('people.list', {});
    await run('companies.list', {});
    await run('people.get', { id: ada });
    await run('companies.get', { id: (await run('deals.get', { id: deal.id })).deal.companyId! });
    await run('people.update', { id: ada, patch: { title: 'COO' } });
    await run('people.duplicates', {});
    await run('people.search', { text: 'a', limit: 8 });
    await run('activities.log', { dealId: deal.id, contactId: bo, type: 'email', subject: 'Pricing' });
    await run('followUps.create', {
      dealId: deal.id,
      contactId: bo,
      dueAt: h.clock.now() + 86_400_000,
      type: 'call',
    });
    const undoMerge = await run('people.merge', { survivorId: ada, otherId: bo, take: { title: 'other' } });
    await run('people.unmerge', { undo: undoMerge });
    const nurturing = pipeline!.stages[1]!;
    const moved = await run('deals.transition', {
      dealId: deal.id,
      request: { kind: 'move', toStageId: nurturing.id },
    });
    await run('deals.undoTransition', { dealId: deal.id, historyId: moved.historyId });
    await run('deals.transition', { dealId: deal.id, request: { kind: 'lose', reason: 'No budget' } });

    // A won deal, its handoff checklist, its follow-on.
    await createWonDeal(c); // won, then moved to Post-Sale: the move starts the checklist
    const { deal: won } = await createWonDeal(c, { toPostSale: false });
    const checklist = await run('handoff.create', { dealId: won.id });
    await run('handoff.get', { dealId: won.id });
    const section = checklist.sections.find((s) => s.items.length > 0)!;
    const milestone = section.items[0]!;
    await run('handoff.updateItem', {
      dealId: won.id,
      sectionId: section.id,
      itemId: milestone.id,
      patch: { date: '2026-12-20' },
    });
    const withItem = await run('handoff.addItem', {
      dealId: won.id,
      sectionId: section.id,
      label: 'Kick-off call',
      date: '2026-11-20',
    });
    const newItem = withItem.sections.find((s) => s.id === section.id)!.items.at(-1)!;
    await run('handoff.moveItem', { dealId: won.id, sectionId: section.id, itemId: newItem.id, toIndex: 0 });
    await run('handoff.removeItem', { dealId: won.id, sectionId: section.id, itemId: newItem.id });
    await run('handoff.exportDoc', { dealId: won.id });
    await run('deals.createFollowOn', { dealId: won.id, kind: 'upsell', title: 'More seats', value: 5_000 });

    // Imports.
    await run('import.existingKeys', {});
    await run('import.commit', {
      candidates: [
        {
          row: 1,
          title: 'Imported lead',
          companyName: 'Contract Check Imports',
          contactName: 'Cy Moss',
          email: 'cy@tidewater.example',
          phone: '',
          jobTitle: 'COO',
          value: 9_000,
          source: 'event',
          stageId: pipeline!.stages[0]!.id,
          expectedClose: null,
          industry: 'Logistics',
          notes: '',
        },
        {
          row: 2,
          title: 'Contract check',
          companyName: 'Ironbark Holdings',
          contactName: 'Ada Park',
          email: 'ada@ironbark.example',
          phone: '+1 555 0100',
          jobTitle: 'CTO',
          value: 15_000,
          source: 'event',
          stageId: pipeline!.stages[0]!.id,
          expectedClose: null,
          industry: 'Finance',
          notes: 'Met at the summit',
        },
      ],
      decisions: ['add', { update: deal.id }],
    });

    // Pipelines and settings.
    const second = await run('pipelines.create', { name: 'Partners' });
    await run('pipelines.rename', { pipelineId: second.id, name: 'Partner deals' });
    await run('pipelines.setQualification', { pipelineId: second.id, qualification: 'champ' });
    await run('pipelines.updateStage', {
      pipelineId: second.id,
      stageId: second.stages[1]!.id,
      patch: { name: 'Warming' },
    });
    const grown = await run('pipelines.addStage', {
      pipelineId: second.id,
      atIndex: 2,
      stage: { name: 'Pilot' },
    });
    await run('pipelines.reorderStages', {
      pipelineId: second.id,
      orderedIds: [...grown.stages].reverse().map((s) => s.id),
    });
    const firstStage = pipeline!.stages[0]!;
    const removable = (await run('board.get', {})).pipeline.stages[1]!;
    expect(removable.id).not.toBe(firstStage.id);
    await run('pipelines.removeStage', {
      pipelineId: pipeline!.id,
      stageId: removable.id,
      moveTo: firstStage.id,
    });
    const settings = await run('settings.update', { patch: { currency: 'EUR' } });
    await run('settings.updateHandoffTemplate', { template: settings.handoffTemplate });
    const template = {
      name: 'HubSpot deals',
      headers: ['dealname'],
      columns: [{ field: 'title', header: 'Deal Name' }],
      pipelineId: pipeline!.id,
      stages: [],
      sources: [],
      defaultSource: 'campaign' as const,
      keepUnmapped: true,
      savedAt: 1,
    };
    await run('settings.saveImportTemplate', { template });
    await run('settings.deleteImportTemplate', { name: 'hubspot deals' });

    const exported = await run('crmExport.data', {});
    expect(exported.deals.length).toBeGreaterThan(0);

    // Backups and recovery (the database is open: recovery answers without touching it).
    const backup = await run('backup.export', {});
    await run('backup.takePreUpgrade', {});
    await run('recovery.status', {});
    await run('recovery.retry', {});
    await expect(run('recovery.exportReadable', {})).rejects.toMatchObject({ code: 'conflict' });
    await expect(run('recovery.restore', { text: '{}' })).rejects.toMatchObject({ code: 'conflict' });
    await run('backup.restore', { text: JSON.stringify(backup) });

    expect(violations).toEqual([]);
  });

  it('ran every method, and each declared table is touched by some run', () => {
    expect([...seen.keys()].sort()).toEqual(Object.keys(contract).sort());
    const unused: string[] = [];
    for (const [method, touched] of seen) {
      const spec = contract[method];
      for (const table of spec.writes)
        if (!touched.writes.has(table)) unused.push(`${method} declares it writes ${table}`);
      for (const table of spec.reads)
        if (!touched.reads.has(table) && !touched.writes.has(table))
          unused.push(`${method} declares it reads ${table}`);
    }
    expect(unused).toEqual([]);
  });
});
