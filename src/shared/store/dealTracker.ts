import type { DBCore, DBCoreMutateRequest, Middleware, Transaction } from 'dexie';

/**
 * Records what a write transaction really wrote: the tables, and the deals touched (the
 * deal itself, or its handoff checklist), so the change event can name them and the board
 * can refresh just those cards instead of re-reading 10,000 deals. A DBCore middleware: it
 * sees every add, put and delete without changing how Dexie runs them.
 */
export interface WriteLog {
  tables: Set<string>;
  dealIds: Set<string>;
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
              if (log) {
                log.tables.add(name);
                if (name === 'deals' || name === 'handoffs') dealIdsOf(name, req).forEach((id) => log.dealIds.add(id));
              }
              return table.mutate(req);
            },
          };
        },
      }),
    },
    watch: (tx, log) => byTransaction.set(tx.idbtrans, log),
  };
}
