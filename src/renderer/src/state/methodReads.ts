import type { Contract, MethodName } from '../../../shared/rpc/contract';

/**
 * Each method's `reads` as the store contract declares them (the one list, rpc/define.ts). The
 * contract is loaded apart, once the board is live: it builds every method's zod input schema,
 * which the first screen (the start-up snapshot) does not need. Until it is in, a method's
 * tables are unknown (`null`), and a caller must assume any table may be one of them.
 */
let contract: Contract | null = null;
let loading: Promise<void> | null = null;

/** Loads the contract (once): the app asks once its board is live (app/boot.tsx). */
export function loadMethodReads(): Promise<void> {
  loading ??= import('../../../shared/rpc/contract').then((loaded) => {
    contract = loaded.contract;
  });
  return loading;
}

export function readsOf(method: MethodName): readonly string[] | null {
  return contract === null ? null : contract[method].reads;
}
