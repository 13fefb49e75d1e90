import type { Transaction } from 'dexie';

/**
 * The transactions now keeping the store's derived tables (card projection, rollups) current,
 * with how many such runs each has in flight (the projection and the rollups are kept side by
 * side): what they read there is the store's bookkeeping, not the command's (the contract test
 * checks commands' declared tables against what they really read).
 */
const maintaining = new WeakMap<object, number>();

export const isMaintaining = (idbtrans: object): boolean => (maintaining.get(idbtrans) ?? 0) > 0;

/** Run `fn` as bookkeeping of `tx` (runs may overlap: `tx` is bookkeeping until the last ends). */
export async function asBookkeeping<T>(tx: Transaction, fn: () => Promise<T>): Promise<T> {
  const trans = tx.idbtrans;
  maintaining.set(trans, (maintaining.get(trans) ?? 0) + 1);
  try {
    return await fn();
  } finally {
    const left = (maintaining.get(trans) ?? 1) - 1;
    if (left > 0) maintaining.set(trans, left);
    else maintaining.delete(trans);
  }
}
