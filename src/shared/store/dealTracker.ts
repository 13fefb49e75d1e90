import type { DBCore, DBCoreMutateRequest, Middleware, Transaction } from 'dexie';

/**
 * Records which deals a write transaction touched (the deal itself, or its handoff
 * checklist), so the change event can name them and the board can refresh just those
 * cards instead of re-reading 10,000 deals. A DBCore middleware: it sees every add, put
 * and delete without changing how Dexie runs them.
 */
export interface DealTracker {
  middleware: Middleware<DBCore>;
  /** Collect the deal ids written by `tx` (and its sub-transactions) into `into`. */
  watch(tx: Transaction, into: Set<string>): void;
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
  const byTransaction = new WeakMap<object, Set<string>>();
  return {
    middleware: {
      stack: 'dbcore',
      name: 'fieldline-deal-tracker',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'deals' && name !== 'handoffs') return table;
          return {
            ...table,
            mutate(req) {
              const into = byTransaction.get(req.trans);
              if (into) dealIdsOf(name, req).forEach((id) => into.add(id));
              return table.mutate(req);
            },
          };
        },
      }),
    },
    watch: (tx, into) => byTransaction.set(tx.idbtrans, into),
  };
}
