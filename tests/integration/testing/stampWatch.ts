import { STAMP_KEY } from '../../../src/shared/store/rollupStamp';
import { watchTables } from '../../../src/shared/store/testing/watchTables';

/**
 * A Dexie middleware that notes, per transaction, whether it wrote `rollups` and which rollup
 * stamps (store/rollupStamp.ts) it wrote; and each transaction's reads of `rollups`.
 */
export function stampWatch() {
  const seen = new Map<object, { rollups: boolean; stamps: string[]; sumReads: number }>();
  const entry = (trans: object) => {
    const known = seen.get(trans) ?? { rollups: false, stamps: [], sumReads: 0 };
    seen.set(trans, known);
    return known;
  };
  const middleware = watchTables('stamp-watch', (table, name) => ({
    ...table,
    getMany: (req) => {
      if (name === 'rollups') entry(req.trans).sumReads += 1;
      return table.getMany(req);
    },
    query: (req) => {
      if (name === 'rollups') entry(req.trans).sumReads += 1;
      return table.query(req);
    },
    mutate: (req) => {
      const noted = entry(req.trans);
      if (name === 'rollups') noted.rollups = true;
      if (name === 'meta' && req.type === 'put')
        for (const row of req.values as { key?: string; stamp?: string }[])
          if (row.key === STAMP_KEY && row.stamp) noted.stamps.push(row.stamp);
      return table.mutate(req);
    },
  }));
  const written = () => [...seen.values()].filter((t) => t.rollups);
  return {
    middleware,
    /** How many transactions wrote rollups, and how many of them wrote no stamp. */
    writers: () => ({ count: written().length, unstamped: written().filter((t) => !t.stamps.length).length }),
    /** Every stamp written, in order. */
    stamps: () => [...seen.values()].flatMap((t) => t.stamps),
    /** The reads of `rollups` (by keys or whole) of every transaction since the last `reset`. */
    sumReads: () => [...seen.values()].reduce((n, t) => n + t.sumReads, 0),
    reset: () => seen.clear(),
  };
}
