import type { Table } from 'dexie';
import type { RollupPart } from '../domains/insights/contribution';

/**
 * Which write of the rollups the stored sums are (a row of `meta`): EVERY writer of `rollups`
 * (rollups.ts: `applyChanges`, `rebuildAllRollups`) writes a new stamp in the same transaction.
 * A store service keeps every stored sum (`SumCache`: read whole once, then kept as it writes
 * them) and uses them only while the stamp is the one it read or wrote last: a write by another
 * tab's worker (browser mode runs one per tab on one database), a rebuild (restore, journal
 * replay, zone change, upgrade) or this service's own aborted transaction leaves another stamp,
 * and the sums are read whole again.
 */
export interface StampRow {
  key: typeof STAMP_KEY;
  stamp: string;
}
export type StampTable = Table<StampRow, string>;
export const STAMP_KEY = 'rollupsStamp';

/** A stamp no service holds (a rebuild: every service's kept sums are stale after it). */
export const freshStamp = (): string => `rebuilt:${crypto.randomUUID()}`;

/** Every stored sum by bucket id (a bucket with no row sums to zero). */
type Sums = Map<string, RollupPart>;

export interface SumCache {
  /** Every stored sum, if `stored` (the stamp read in this transaction) is the last one this service wrote or read; else null. */
  at(stored: string | undefined): Sums | null;
  /** Whether the sums are kept at all: not once the table was found larger than `limit` rows. */
  readonly whole: boolean;
  readonly limit: number;
  /** Every stored sum, as read in this transaction at the stamp `stored`; null (and none kept from now on) when over `limit`. */
  fill(stored: string | undefined, rows: readonly RollupPart[]): Sums | null;
  /** This transaction writes these sums (null: the row deleted): the stamp it must store beside them. */
  wrote(rows: Iterable<[string, RollupPart | null]>): string;
}

/**
 * Beyond this many rows the sums are not kept (a move reads the ones it changes, as before): the
 * first move of a session reads them whole (7,735 rows at 10,000 sample deals).
 */
const KEPT_ROWS = 20_000;

export function createSumCache(limit = KEPT_ROWS): SumCache {
  const self = crypto.randomUUID();
  let count = 0;
  let stamp: string | undefined;
  let sums: Sums | null = null;
  let whole = true;
  return {
    at: (stored) => (stored !== undefined && stored === stamp ? sums : null),
    get whole() {
      return whole;
    },
    limit,
    fill(stored, rows) {
      whole = rows.length <= limit;
      sums = whole ? new Map(rows.map((row) => [row.id, row])) : null;
      stamp = stored;
      return sums;
    },
    wrote(rows) {
      for (const [id, row] of rows)
        if (row) sums?.set(id, row);
        else sums?.delete(id);
      // Set before the commit: an abort leaves the old stamp stored, so these sums are dropped.
      stamp = `${self}:${++count}`;
      return stamp;
    },
  };
}
