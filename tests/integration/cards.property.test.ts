/**
 * The card projection is always a full recomputation: after any sequence of commands through
 * the real RPC transport (creates, edits, moves, losses, contacts, people edits and merges,
 * checklists, imports), every stored card equals what `toBoardCards` computes from the base
 * tables, there is one card per deal and none for a deal that does not exist, the packed leaves
 * the board's pages read (store/cardLeaves.ts, cut to two cards each) hold the same cards, and
 * the board (which reads only the projection) shows exactly the open and won deals' cards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ON_BOARD, toBoardCards } from '../../src/shared/domains/board/handlers/cards';
import { createWonDeal } from '../../src/shared/domains/handoff/testing/wonDeal';
import type { RpcClient } from '../../src/shared/rpc/client';
import type { ChangeEvent } from '../../src/shared/rpc/views';
import { boardCardOf, type CardRow } from '../../src/shared/store/cardProjection';
import { readCardLeaves, rebuildCardLeaves } from '../../src/shared/store/cardLeaves';
import { unpackCards } from '../../src/shared/domains/board/packedCards';
import type { FieldlineDB } from '../../src/shared/store/db';
import { startHarness } from '../../src/shared/store/testing/harness';

const NAMES = ['Ada Park', 'Bo Lind', 'Cy Moss'] as const;
const EMAILS = ['ada@ironbark.example', 'bo@lind.example', ''] as const;

type Action =
  | { kind: 'create'; who: number; value: number }
  | { kind: 'update'; pick: number; value: number }
  | { kind: 'move'; pick: number; stage: number }
  | { kind: 'lose'; pick: number }
  | { kind: 'addContact'; pick: number; who: number }
  | { kind: 'updateContact'; pick: number; who: number }
  | { kind: 'peopleUpdate'; pick: number; who: number }
  | { kind: 'merge'; pick: number; other: number; undo: boolean }
  | { kind: 'handoff'; pick: number }
  | { kind: 'tick'; pick: number; item: number; done: boolean }
  | { kind: 'import'; who: number; value: number; pick: number; update: boolean }
  | { kind: 'restore' };

const pick = fc.nat(50);
const who = fc.nat(NAMES.length - 1);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), who, value: fc.nat(90_000) }),
  fc.record({ kind: fc.constant('update' as const), pick, value: fc.nat(90_000) }),
  fc.record({ kind: fc.constant('move' as const), pick, stage: fc.nat(8) }),
  fc.record({ kind: fc.constant('lose' as const), pick }),
  fc.record({ kind: fc.constant('addContact' as const), pick, who }),
  fc.record({ kind: fc.constant('updateContact' as const), pick, who }),
  fc.record({ kind: fc.constant('peopleUpdate' as const), pick, who }),
  fc.record({ kind: fc.constant('merge' as const), pick, other: pick, undo: fc.boolean() }),
  fc.record({ kind: fc.constant('handoff' as const), pick }),
  fc.record({ kind: fc.constant('tick' as const), pick, item: fc.nat(20), done: fc.boolean() }),
  fc.record({ kind: fc.constant('import' as const), who, value: fc.nat(90_000), pick, update: fc.boolean() }),
  fc.constant({ kind: 'restore' as const }),
);

const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

/** `restore` puts back the backup taken when the run started (every card rebuilt). */
async function perform(client: RpcClient, db: FieldlineDB, a: Action, backup: string): Promise<void> {
  const deals = await db.deals.orderBy('id').toArray();
  const contacts = await db.contacts.orderBy('id').toArray();
  const deal = 'pick' in a ? at(deals, a.pick) : undefined;
  const [pipeline] = await client.call('pipelines.list', {});
  switch (a.kind) {
    case 'create':
      await client.call('deals.create', {
        title: `Deal ${a.value}`,
        companyName: 'Ironbark Capital',
        contactName: NAMES[a.who]!,
        contactEmail: EMAILS[a.who]!,
        source: 'event',
        value: a.value,
      });
      return;
    case 'update':
      if (deal)
        await client.call('deals.update', {
          id: deal.id,
          patch: { title: `Edited ${a.value}`, value: a.value },
        });
      return;
    case 'move': {
      const stage = at(pipeline!.stages, a.stage)!;
      if (deal)
        await client.call('deals.transition', {
          dealId: deal.id,
          request: { kind: 'move', toStageId: stage.id },
        });
      return;
    }
    case 'lose':
      if (deal)
        await client.call('deals.transition', {
          dealId: deal.id,
          request: { kind: 'lose', reason: 'No budget' },
        });
      return;
    case 'addContact':
      if (deal)
        await client.call('deals.addContact', {
          dealId: deal.id,
          contact: { name: NAMES[a.who]!, email: EMAILS[a.who]!, phone: '', title: 'CFO', role: 'champion' },
        });
      return;
    case 'updateContact': {
      const first = deal?.contacts[0];
      if (deal && first)
        await client.call('deals.updateContact', {
          dealId: deal.id,
          contactId: first.contactId,
          contact: { name: `${NAMES[a.who]!} Jr` },
        });
      return;
    }
    case 'peopleUpdate': {
      const person = at(contacts, a.pick);
      if (person)
        await client.call('people.update', {
          id: person.id,
          patch: { name: `${NAMES[a.who]!} II`, email: `p${a.who}.${person.id}@edited.example` },
        });
      return;
    }
    case 'merge': {
      const survivor = at(contacts, a.pick);
      const other = at(contacts, a.other);
      if (!survivor || !other || survivor.id === other.id) return;
      const undo = await client.call('people.merge', {
        survivorId: survivor.id,
        otherId: other.id,
        take: { email: 'other' },
      });
      if (a.undo) await client.call('people.unmerge', { undo });
      return;
    }
    case 'handoff':
      if (deal) await client.call('handoff.create', { dealId: deal.id });
      return;
    case 'tick': {
      const handoffs = await db.handoffs.orderBy('id').toArray();
      const checklist = at(handoffs, a.pick);
      const items =
        checklist?.sections.flatMap((s) => s.items.map((it) => ({ sectionId: s.id, itemId: it.id }))) ?? [];
      const ref = at(items, a.item);
      if (checklist && ref)
        await client.call('handoff.updateItem', {
          dealId: checklist.dealId,
          ...ref,
          patch: { done: a.done },
        });
      return;
    }
    case 'restore':
      await client.call('backup.restore', { text: backup });
      return;
    case 'import':
      await client.call('import.commit', {
        candidates: [1, 2].map((row) => ({
          row,
          title: `Imported ${a.value}-${row}`,
          companyName: 'Tidewater Logistics',
          contactName: NAMES[(a.who + row) % NAMES.length]!,
          email: EMAILS[(a.who + row) % NAMES.length]!,
          phone: '',
          jobTitle: 'COO',
          value: a.value,
          source: 'event' as const,
          stageId: pipeline!.stages[0]!.id,
          expectedClose: null,
          industry: 'Logistics',
          notes: '',
        })),
        // The first row may update an existing deal (the rep chose "update" for a duplicate).
        decisions: [a.update && deal ? { update: deal.id } : 'add', 'add'],
      });
      return;
  }
}

/** Every stored card against a full recomputation from deals, contacts and handoffs. */
async function expectProjectionCurrent(db: FieldlineDB, client: RpcClient) {
  const { stored, expected } = await db.transaction(
    'r',
    [db.deals, db.contacts, db.handoffs, db.cards],
    async () => {
      const deals = await db.deals.orderBy('id').toArray();
      const cards = await toBoardCards(db, deals);
      const rows: CardRow[] = cards.map((card, i) => ({
        ...card,
        pipelineId: deals[i]!.pipelineId,
        contactId: deals[i]!.contacts[0]?.contactId ?? '',
      }));
      return { stored: await db.cards.orderBy('id').toArray(), expected: rows };
    },
  );
  expect(stored).toEqual(expected);
  // The packed leaves the board's pages read hold the same cards, pipeline by pipeline.
  for (const pipelineId of new Set(stored.map((row) => row.pipelineId))) {
    const packed = await db.transaction('r', [db.meta], () =>
      readCardLeaves(db.cardLeaves, { after: null, limit: 1e9, keep: (p) => p === pipelineId }),
    );
    expect(unpackCards(packed.cards)).toEqual(
      stored.filter((row) => row.pipelineId === pipelineId).map(boardCardOf),
    );
  }
  const [pipeline] = await client.call('pipelines.list', {});
  const board = await client.call('board.get', { pipelineId: pipeline!.id });
  const onBoard = expected
    .filter((row) => row.pipelineId === pipeline!.id && ON_BOARD.includes(row.status))
    .map(({ pipelineId: _p, contactId: _c, ...card }) => card);
  expect([...board.cards].sort((x, y) => x.id.localeCompare(y.id))).toEqual(onBoard);
}

describe('the card projection', () => {
  it('a person edited once changes every card that shows them, and the change event names those deals', async () => {
    const h = await startHarness();
    const client = h.connect();
    try {
      const first = await client.call('deals.create', {
        title: 'Grid analytics',
        companyName: 'Granite Energy',
        contactName: 'Omar Haddad',
        contactEmail: 'omar@granite.example',
        source: 'event',
        value: 64_000,
      });
      const second = await client.call('deals.create', {
        title: 'Grid rollout',
        companyName: 'Granite Energy',
        contactName: 'Omar H.',
        contactEmail: '',
        source: 'event',
        value: 9_000,
      });
      // One person shared by both deals (the second deal's record merged into the first's).
      const omar = first.contacts[0]!.contactId;
      const other = second.contacts[0]!.contactId;
      expect(other).not.toBe(omar);
      await client.call('people.merge', { survivorId: omar, otherId: other, take: {} });
      const events: ChangeEvent[] = [];
      h.host.service.onChange((event) => events.push(event));
      await client.call('people.update', { id: omar, patch: { email: 'omar@granite.energy' } });
      expect(events).toHaveLength(1);
      expect(events[0]!.tables.sort()).toEqual(['cards', 'contacts']);
      expect(events[0]!.dealIds.sort()).toEqual([first.id, second.id].sort());
      // The board's patch path (board.cards for the named deals) shows the new address.
      const [pipeline] = await client.call('pipelines.list', {});
      const cards = await client.call('board.cards', { pipelineId: pipeline!.id, ids: events[0]!.dealIds });
      expect(cards.map((c) => c.contactEmail)).toEqual(['omar@granite.energy', 'omar@granite.energy']);
    } finally {
      await h.close();
    }
  });

  it('equals a full recomputation from the base tables after any sequence of commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const h = await startHarness();
        const client = h.connect();
        try {
          await client.call('sample.load', { count: 6, seed: 3 });
          // Leaves of at most two cards: the commands' saves cut them and empty them.
          const { db } = h.host;
          await db.transaction('rw', [db.cards, db.meta], async () =>
            rebuildCardLeaves(db.cardLeaves, await db.cards.toArray(), 2),
          );
          await createWonDeal(client); // a won deal in Post-Sale, with its checklist
          await expectProjectionCurrent(h.host.db, client);
          const backup = JSON.stringify(await client.call('backup.export', {}));
          for (const a of actions) {
            // A refused command (a gate, a duplicate) rolls back whole: the projection with it.
            await perform(client, h.host.db, a, backup).catch(() => undefined);
            h.clock.advance(60_000);
          }
          await expectProjectionCurrent(h.host.db, client);
        } finally {
          await h.close();
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
