/**
 * "Export what can be read": every table of a database Dexie could not open, read with the
 * raw IndexedDB API, each table on its own so one unreadable table does not cost the
 * others. Records that do not fit the model are left out and counted. Never writes.
 */
import { buildBackup, RECORD_SCHEMAS, type BackupTables } from '../backup/format';
import type { z } from 'zod';
import { TABLE_NAMES } from '../../store/schema';
import { openExisting, readStore } from './idb';

export interface ReadableExport {
  /** A backup-format JSON document of what could be read. */
  text: string;
  counts: Record<string, number>;
  /** Plain sentences: which tables or records could not be read, and why. */
  skipped: string[];
}

const message = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export async function exportReadable(
  factory: IDBFactory,
  name: string,
  now: number,
): Promise<ReadableExport> {
  const db = await openExisting(factory, name);
  if (!db) throw new Error(`There is no database named "${name}" to read.`);
  const skipped: string[] = [];
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Record<string, unknown[]>;
  try {
    for (const table of TABLE_NAMES) {
      if (!db.objectStoreNames.contains(table)) {
        skipped.push(`${table}: the table is missing`);
        continue;
      }
      let rows: unknown[];
      try {
        rows = await readStore(db, table);
      } catch (error) {
        skipped.push(`${table}: could not be read (${message(error)})`);
        continue;
      }
      const schema: z.ZodType = RECORD_SCHEMAS[table];
      const valid = rows.filter((row) => schema.safeParse(row).success);
      if (valid.length < rows.length)
        skipped.push(
          `${table}: ${rows.length - valid.length} of ${rows.length} records were damaged and left out`,
        );
      tables[table] = valid;
    }
  } finally {
    db.close();
  }
  const backup = buildBackup(tables as unknown as BackupTables, now);
  return { text: JSON.stringify(backup), counts: backup.counts, skipped };
}
