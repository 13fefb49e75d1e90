import type { Table, Transaction } from 'dexie';
import type { Deal } from '../model';
import type { BoardCard } from '../rpc/views';
import { toBoardCards, type CardSources } from '../domains/board/handlers/cards';
import type { WriteLog } from './dealTracker';
import { asBookkeeping } from './bookkeeping';
import { openCardLeaves, rebuildCardLeaves, writeCardLeaves, type LeafTable } from './cardLeaves';

/**
 * The card projection: one stored board card per deal (table `cards`, bookkeeping like
 * `meta`: never backed up, journaled or declared by a command), so the board reads one
 * index instead of joining deals, contacts and handoffs. Kept current in the SAME
 * transaction as every write that changes an input (see refreshCards).
 */
export interface CardRow extends BoardCard {
  /** The board's query: `[pipelineId+status]`. */
  pipelineId: string;
  /** The deal's first contact: a contact edit finds the cards it changes by this index. */
  contactId: string;
}

/** The tables whose writes change cards: a write transaction over any of them also covers `cards`. */
export const CARD_INPUTS: ReadonlySet<string> = new Set(['deals', 'contacts', 'handoffs']);

export interface ProjectionTables extends CardSources {
  deals: Table<Deal, string>;
  cards: Table<CardRow, string>;
  /** The same cards packed for reading (cardLeaves.ts), kept beside `cards`. */
  cardLeaves: LeafTable;
}

/** What the board gets: the card without the projection's own keys. */
export function boardCardOf(row: CardRow): BoardCard {
  const { pipelineId: _pipeline, contactId: _contact, ...card } = row;
  return card;
}

async function rowsFor(db: ProjectionTables, deals: Deal[]): Promise<CardRow[]> {
  const cards = await toBoardCards(db, deals);
  return cards.map((card, i) => ({
    ...card,
    pipelineId: deals[i]!.pipelineId,
    contactId: deals[i]!.contacts[0]?.contactId ?? '',
  }));
}

/**
 * Recompute every card from the base tables (schema upgrade, restore, rebuild from the journal).
 * Returns every deal's id: each card may have changed.
 */
export async function rebuildAllCards(db: ProjectionTables): Promise<string[]> {
  const deals = await db.deals.toArray();
  const rows = await rowsFor(db, deals);
  await db.cards.clear();
  await db.cards.bulkPut(rows);
  await rebuildCardLeaves(db.cardLeaves, rows);
  return deals.map((d) => d.id);
}

/**
 * At the end of a write transaction: recompute the cards of every deal it touched (the deal
 * or its checklist) and of every deal whose first contact it changed; drop the cards of
 * deleted deals. A wholesale delete (a table cleared, a checklist removed) rebuilds them all.
 * Returns the deals whose cards were recomputed (the change event names them).
 */
export async function refreshCards(db: ProjectionTables, log: WriteLog, tx: Transaction): Promise<string[]> {
  return asBookkeeping(tx, () => refresh(db, log));
}

async function refresh(db: ProjectionTables, log: WriteLog): Promise<string[]> {
  if (log.rebuildCards) return rebuildAllCards(db);
  const viaContacts = log.contactIds?.size
    ? await db.cards
        .where('contactId')
        .anyOf([...log.contactIds])
        .primaryKeys()
    : [];
  const ids = [...new Set([...log.dealIds, ...viaContacts])];
  if (ids.length === 0) return [];
  // The deals this transaction wrote are taken as written (a move reads its deal row once).
  const known = new Map<string, Deal | null | undefined>(log.deals);
  const unread = ids.filter((id) => !known.has(id));
  if (unread.length) (await db.deals.bulkGet(unread)).forEach((deal, i) => known.set(unread[i]!, deal));
  const found = ids.map((id) => known.get(id));
  const deals = found.filter((d): d is Deal => !!d);
  const gone = ids.filter((_, i) => !found[i]);
  // The leaves are read while the cards are computed, then written beside the rows: their
  // requests share the round trips.
  const [rows, leaves] = await Promise.all([rowsFor(db, deals), openCardLeaves(db.cardLeaves, ids)]);
  await Promise.all([
    db.cards.bulkPut(rows),
    gone.length ? db.cards.bulkDelete(gone) : null,
    writeCardLeaves(db.cardLeaves, leaves, rows, gone),
  ]);
  return ids;
}
