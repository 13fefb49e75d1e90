/**
 * A snapshot's text, built slice by slice: exactly `JSON.stringify({ journal: header,
 * ...buildBackup(tables, now) })` of the database at one sequence number, but read in requests
 * of `slice` rows, each in a transaction of its own (readSnapshot) or all in the caller's
 * (buildSnapshotText). A save's write transaction has to wait for every read transaction
 * begun before it over the same tables, so one read transaction over the whole database held
 * every save for as long as the read took (seconds at 100,000 deals); a slice holds it for a
 * few ms, and before each slice the store's queued writes go first.
 *
 * Exact, not fuzzy: the writes that commit while the slices are read report the keys they
 * touch (WriteFeed, from inside their transactions); the slices holding such a key are read
 * again (each in its own transaction, for a few rounds), and one last short read transaction
 * reads the sequence number and the few slices touched during the last round: the result is
 * the database at that sequence number. When a write the feed did not see committed meanwhile (another tab's store), that
 * last step cannot know what changed, and the snapshot is read again in one transaction.
 */
import { cmp, type IndexableType, type Table } from 'dexie';
import { buildBackup, type BackupCounts, type BackupTables } from '../domains/backup/format';
import type { SnapshotHeader } from '../journal/journal';
import type { JournalOp } from '../journal/records';
import type { FieldlineDB } from './db';
import { TABLE_NAMES, type TableName } from './schema';

/**
 * Rows per slice: small, since a save arriving during a slice waits for its read and its JSON
 * (one A/B run at 10,000 deals on a loaded 2-core machine: 40 moves during a compaction had a
 * p95 of 1.1 s with 1,000-row slices and 0.12 s with 250, against 1.7–3.2 s with one transaction).
 */
export const SNAPSHOT_SLICE = 250;

type Row = Record<string, IndexableType>;

/** One slice of a table: the keys after `after` (exclusive) up to `upTo` (inclusive; none: the rest). */
interface Slice {
  after: IndexableType | undefined;
  upTo: IndexableType | undefined;
  /** The rows' JSON without the array's brackets ('' when empty). */
  json: string;
  count: number;
}

/** What the store's committed writes tell a snapshot being read (journaling.ts creates it). */
export interface WriteFeed {
  /** Calls `listener` with each write's sequence number and ops, inside its transaction. */
  subscribe(listener: (seq: number, ops: readonly JournalOp[]) => void): () => void;
}

export interface SnapshotRead {
  text: string;
  seq: number;
  dbId: string;
}

const jsonOf = (rows: readonly Row[]) => (rows.length > 0 ? JSON.stringify(rows).slice(1, -1) : '');

function rangeOf(table: Table, { after, upTo }: Pick<Slice, 'after' | 'upTo'>) {
  if (after === undefined)
    return upTo === undefined ? table.orderBy(':id') : table.where(':id').belowOrEqual(upTo);
  return upTo === undefined
    ? table.where(':id').above(after)
    : table.where(':id').between(after, upTo, false, true);
}

/** A table read in slices of `size` rows, each slice's read run by `read` (in its own transaction, or inline). */
async function readSlices(
  table: Table,
  size: number,
  read: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<Slice[]> {
  const keyPath = table.schema.primKey.keyPath as string;
  const slices: Slice[] = [];
  let after: IndexableType | undefined;
  for (;;) {
    const from = after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
    const rows = (await read(() => from.limit(size).toArray())) as Row[];
    const last = rows.length < size ? undefined : rows[rows.length - 1]![keyPath];
    slices.push({ after, upTo: last, json: jsonOf(rows), count: rows.length });
    if (last === undefined) return slices;
    after = last;
  }
}

function textOf(header: SnapshotHeader, now: number, tables: Map<TableName, Slice[]>): string {
  const counts = {} as BackupCounts;
  const parts: string[] = [];
  for (const name of TABLE_NAMES) {
    const slices = tables.get(name) ?? [];
    counts[name] = slices.reduce((n, s) => n + s.count, 0);
    const json = slices
      .map((s) => s.json)
      .filter((j) => j !== '')
      .join(',');
    parts.push(`${JSON.stringify(name)}:[${json}]`);
  }
  const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
  const { tables: _none, ...rest } = { ...buildBackup(empty, now), counts };
  const head = JSON.stringify({ journal: header, ...rest });
  return `${head.slice(0, -1)},"tables":{${parts.join(',')}}}`;
}

/** The snapshot text of the database as the caller's one read transaction over every table sees it. */
export async function buildSnapshotText(
  db: FieldlineDB,
  header: SnapshotHeader,
  now: number,
  slice = SNAPSHOT_SLICE,
): Promise<string> {
  const tables = new Map<TableName, Slice[]>();
  for (const name of TABLE_NAMES) tables.set(name, await readSlices(db.table(name), slice, (fn) => fn()));
  return textOf(header, now, tables);
}

/** Which slices of which tables hold a key the feed's writes touched ('all': every slice). */
class Touched {
  readonly seqs = new Set<number>();
  /** Keys touched since the last `take`. */
  private keys = new Map<string, IndexableType[] | 'all'>();

  constructor(private readonly keyPaths: ReadonlyMap<string, string>) {}

  note(seq: number, ops: readonly JournalOp[]): void {
    this.seqs.add(seq);
    for (const op of ops) {
      const keyPath = this.keyPaths.get(op.table);
      if (keyPath === undefined) continue; // bookkeeping: not in a snapshot
      const known = this.keys.get(op.table) ?? [];
      if (known === 'all' || op.op === 'clear' || op.op === 'deleteRange') {
        this.keys.set(op.table, 'all');
        continue;
      }
      if (op.op === 'put') for (const v of op.values as Row[]) known.push(v[keyPath]!);
      else known.push(...(op.keys as IndexableType[]));
      this.keys.set(op.table, known);
    }
  }

  /** Did the feed see every write after `from` up to `to`? */
  covers(from: number, to: number): boolean {
    for (let seq = from + 1; seq <= to; seq++) if (!this.seqs.has(seq)) return false;
    return true;
  }

  /**
   * The slices holding a key touched since the last take, per table (and a fresh start). A read
   * made after a key was noted sees its write: the note is made inside the write's transaction,
   * and a read transaction begun after it waits for it.
   */
  take(tables: ReadonlyMap<TableName, Slice[]>): [TableName, Slice][] {
    const keys = this.keys;
    this.keys = new Map();
    const out: [TableName, Slice][] = [];
    for (const [name, slices] of tables) {
      const touched = keys.get(name);
      if (touched === 'all') slices.forEach((slice) => out.push([name, slice]));
      const hits = new Set<Slice>();
      for (const key of touched === 'all' ? [] : (touched ?? [])) {
        const hit = slices.find((s) => s.upTo === undefined || cmp(key, s.upTo) <= 0);
        if (hit) hits.add(hit);
      }
      hits.forEach((slice) => out.push([name, slice]));
    }
    return out;
  }
}

/** At most this many touched slices are read again in the last, all-table transaction. */
const LAST_READS = 4;
/** Rounds of reading touched slices again, each slice in its own transaction, before the last one. */
const ROUNDS = 4;

async function reread(db: FieldlineDB, name: TableName, slice: Slice): Promise<void> {
  const rows = (await rangeOf(db.table(name), slice).toArray()) as Row[];
  Object.assign(slice, { json: jsonOf(rows), count: rows.length });
}

/**
 * The whole database as a snapshot at one sequence number, read without holding the store's
 * writes: each slice in its own read transaction, `beforeSlice` awaited first (the store lets
 * its queued writes go); then the slices a concurrent write touched, again each in its own
 * transaction, for a few rounds; then what was touched during the last round in one short
 * transaction over every table, which also reads the sequence number. Null when the database has no journal identity yet.
 */
export async function readSnapshot(
  db: FieldlineDB,
  database: string,
  now: number,
  options: { feed?: WriteFeed; beforeSlice?: () => Promise<void>; slice?: number } = {},
): Promise<SnapshotRead | null> {
  const size = options.slice ?? SNAPSHOT_SLICE;
  const keyPaths = new Map(TABLE_NAMES.map((t) => [t, db.table(t).schema.primKey.keyPath as string]));
  const touched = new Touched(keyPaths);
  const stop = options.feed?.subscribe((seq, ops) => touched.note(seq, ops));
  try {
    const start = await db.meta.get('journal');
    if (!start) return null;
    const tables = new Map<TableName, Slice[]>();
    for (const name of TABLE_NAMES) {
      const own = async <T>(fn: () => Promise<T>) => {
        await options.beforeSlice?.();
        return db.transaction('r', name, fn);
      };
      tables.set(name, await readSlices(db.table(name), size, own));
    }
    // What the writes touched meanwhile is read again slice by slice too, until little is left.
    for (let round = 0; round < ROUNDS; round++) {
      const again = touched.take(tables);
      for (const [name, slice] of again) {
        await options.beforeSlice?.();
        await db.transaction('r', name, () => reread(db, name, slice));
      }
      if (again.length <= LAST_READS) break;
    }
    const exact = await db.transaction('r', [...TABLE_NAMES, 'meta'], async () => {
      const meta = await db.meta.get('journal');
      if (!meta || meta.dbId !== start.dbId || !touched.covers(start.seq, meta.seq)) return null;
      for (const [name, slice] of touched.take(tables)) await reread(db, name, slice);
      const text = textOf({ dbId: meta.dbId, seq: meta.seq, database }, now, tables);
      return { text, seq: meta.seq, dbId: meta.dbId };
    });
    if (exact !== null) return exact;
  } finally {
    stop?.();
  }
  // A write this store did not see (another tab's): read it all in one transaction.
  return db.transaction('r', [...TABLE_NAMES, 'meta'], async () => {
    const meta = await db.meta.get('journal');
    if (!meta) return null;
    const text = await buildSnapshotText(db, { dbId: meta.dbId, seq: meta.seq, database }, now, size);
    return { text, seq: meta.seq, dbId: meta.dbId };
  });
}
