/**
 * A snapshot's text, built slice by slice: exactly `JSON.stringify({ journal: header,
 * ...buildBackup(tables, now) })`, but each table read in requests of `slice` rows. Each
 * request is a short task of IndexedDB's and its answer a separate task of this thread, so the
 * store goes on serving calls between them, and a new start (after a reload) never waits behind
 * one read of a whole 100,000-row table. Call inside one read transaction over every table.
 */
import type { IndexableType } from 'dexie';
import { buildBackup, type BackupCounts, type BackupTables } from '../domains/backup/format';
import type { SnapshotHeader } from '../journal/journal';
import type { FieldlineDB } from './db';
import { TABLE_NAMES } from './schema';

export const SNAPSHOT_SLICE = 2_000;

export async function buildSnapshotText(
  db: FieldlineDB,
  header: SnapshotHeader,
  now: number,
  slice = SNAPSHOT_SLICE,
): Promise<string> {
  const counts = {} as BackupCounts;
  const tables: string[] = [];
  for (const name of TABLE_NAMES) {
    const table = db.table(name);
    const keyPath = table.schema.primKey.keyPath as string;
    const parts: string[] = [];
    let count = 0;
    let last: IndexableType | undefined;
    for (;;) {
      const from = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
      const rows = (await from.limit(slice).toArray()) as Record<string, IndexableType>[];
      if (rows.length > 0) parts.push(JSON.stringify(rows).slice(1, -1));
      count += rows.length;
      if (rows.length < slice) break;
      last = rows[rows.length - 1]![keyPath];
    }
    counts[name] = count;
    tables.push(`${JSON.stringify(name)}:[${parts.join(',')}]`);
  }
  const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
  const { tables: _none, ...rest } = { ...buildBackup(empty, now), counts };
  const head = JSON.stringify({ journal: header, ...rest });
  return `${head.slice(0, -1)},"tables":{${tables.join(',')}}}`;
}
