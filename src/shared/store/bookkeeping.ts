import type { Transaction } from 'dexie';

/**
 * The transactions now keeping the store's derived tables (card projection, rollups) current:
 * what they read there is the store's bookkeeping, not the command's (the contract test checks
 * commands' declared tables against what they really read).
 */
const maintaining = new WeakSet<object>();

export const isMaintaining = (idbtrans: object): boolean => maintaining.has(idbtrans);

/** Run `fn` as bookkeeping of `tx`. */
export async function asBookkeeping<T>(tx: Transaction, fn: () => Promise<T>): Promise<T> {
  maintaining.add(tx.idbtrans);
  try {
    return await fn();
  } finally {
    maintaining.delete(tx.idbtrans);
  }
}
