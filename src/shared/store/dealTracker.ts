import type { DBCore, DBCoreMutateRequest, Middleware, Transaction } from 'dexie';
import type { JournalOp } from '../journal/records';
import type { Deal } from '../model';

/**
 * Records what a write transaction really wrote: the tables, and the deals touched (the
 * deal itself, or its handoff checklist), so the change event can name them and the board
 * can refresh just those cards instead of re-reading 10,000 deals. A DBCore middleware: it
 * sees every add, put and delete without changing how Dexie runs them.
 */
export interface WriteLog {
  tables: Set<string>;
  dealIds: Set<string>;
  /** Every mutation, in order, for the journal (collected when present). */
  ops?: JournalOp[];
  /** Contacts written or deleted: the cards showing them as first contact change (cardProjection.ts). */
  contactIds?: Set<string>;
  /** The last value written of each deal (null: deleted), so its card needs no second read. */
  deals?: Map<string, Deal | null>;
  /** A wholesale delete of a card input (a table cleared, a checklist removed): rebuild every card. */
  rebuildCards?: boolean;
  /** Deals whose dashboard contribution may have changed (the deal, its history or activities written). */
  rollupDealIds?: Set<string>;
  /** Pipelines written: their stage order decides conversion, so their rollups are recomputed. */
  pipelineIds?: Set<string>;
  /** A delete the rollups cannot attribute to a deal (a table cleared, a row deleted by key): rebuild them. */
  rebuildRollups?: boolean;
}

/**
 * Internal bookkeeping tables: not data, never journaled or announced. `cards` is the board's
 * card projection, derived from deals, contacts and handoffs (store/cardProjection.ts);
 * `rollups` and `rollupFacts` the dashboard's sums and each deal's share (store/rollups.ts).
 */
export const INTERNAL_TABLES: ReadonlySet<string> = new Set(['meta', 'cards', 'rollups', 'rollupFacts']);

/** DBCore's range type for "every key" (a table's clear()). */
const RANGE_ANY = 3;

function journalOpOf(table: string, req: DBCoreMutateRequest): JournalOp {
  switch (req.type) {
    case 'add':
    case 'put':
      return { op: 'put', table, values: [...req.values] };
    case 'delete':
      return { op: 'delete', table, keys: req.keys };
    case 'deleteRange':
      if (req.range.type === RANGE_ANY) return { op: 'clear', table };
      return {
        op: 'deleteRange',
        table,
        lower: req.range.lower,
        upper: req.range.upper,
        lowerOpen: Boolean(req.range.lowerOpen),
        upperOpen: Boolean(req.range.upperOpen),
      };
  }
}

export interface DealTracker {
  middleware: Middleware<DBCore>;
  /** Collect what `tx` (and its sub-transactions) writes into `log`. */
  watch(tx: Transaction, log: WriteLog): void;
}

function dealIdsOf(table: string, req: DBCoreMutateRequest): string[] {
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values as { id?: string; dealId?: string }[];
    return values.map((v) => (table === 'deals' ? v.id : v.dealId)).filter((id): id is string => !!id);
  }
  if (req.type === 'delete' && table === 'deals') return req.keys.map(String);
  return [];
}

/** What a write to a card input means for the card projection (contacts by id; wholesale deletes). */
function noteCardInputs(log: WriteLog, table: string, req: DBCoreMutateRequest): void {
  if (table !== 'deals' && table !== 'contacts' && table !== 'handoffs') return;
  if (req.type === 'deleteRange' || (req.type === 'delete' && table === 'handoffs')) {
    log.rebuildCards = true;
    return;
  }
  if (table === 'deals') {
    log.deals ??= new Map();
    if (req.type === 'delete') for (const key of req.keys) log.deals.set(String(key), null);
    else for (const deal of req.values as Deal[]) log.deals.set(deal.id, deal);
    return;
  }
  if (table !== 'contacts') return;
  const ids =
    req.type === 'delete' ? req.keys.map(String) : (req.values as { id?: string }[]).map((v) => v.id);
  log.contactIds ??= new Set();
  for (const id of ids) if (id) log.contactIds.add(id);
}

/** What a write to a rollup input means for the dashboard's rollups (store/rollups.ts). */
function noteRollupInputs(log: WriteLog, table: string, req: DBCoreMutateRequest): void {
  if (table !== 'deals' && table !== 'stageHistory' && table !== 'activities' && table !== 'pipelines')
    return;
  if (req.type === 'deleteRange' || (req.type === 'delete' && table !== 'deals')) {
    log.rebuildRollups = true;
    return;
  }
  if (table === 'pipelines') {
    log.pipelineIds ??= new Set();
    if (req.type !== 'delete')
      for (const p of req.values as { id?: string }[]) if (p.id) log.pipelineIds.add(p.id);
    return;
  }
  log.rollupDealIds ??= new Set();
  const ids =
    req.type === 'delete'
      ? req.keys.map(String)
      : (req.values as { id?: string; dealId?: string }[]).map((v) => (table === 'deals' ? v.id : v.dealId));
  for (const id of ids) if (id) log.rollupDealIds.add(id);
}

export function createDealTracker(): DealTracker {
  const byTransaction = new WeakMap<object, WriteLog>();
  return {
    middleware: {
      stack: 'dbcore',
      name: 'fieldline-deal-tracker',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req) {
              const log = byTransaction.get(req.trans);
              if (log && !INTERNAL_TABLES.has(name)) {
                log.tables.add(name);
                log.ops?.push(journalOpOf(name, req));
                if (name === 'deals' || name === 'handoffs')
                  dealIdsOf(name, req).forEach((id) => log.dealIds.add(id));
                noteCardInputs(log, name, req);
                noteRollupInputs(log, name, req);
              }
              return table.mutate(req);
            },
          };
        },
      }),
    },
    // A nested write joins its parent's transaction: the parent's log keeps collecting.
    watch: (tx, log) => {
      if (!byTransaction.has(tx.idbtrans)) byTransaction.set(tx.idbtrans, log);
    },
  };
}
