/**
 * Restore for the recovery screen: the backup is validated, then written into a NEW
 * database which becomes the active one. The damaged database is never opened for
 * writing, upgraded or deleted, so nothing the rep had is lost even if this backup turns
 * out to be older than they thought.
 */
import { errorText } from '../../errorText';
import { countTables } from '../backup/format';
import { parseBackup } from '../backup/validate';
import { RpcError } from '../../rpc/protocol';
import { FieldlineDB, type OpenOptions } from '../../store/db';
import { openExisting } from './idb';
import { rebuildAllCards } from '../../store/cardProjection';
import { rebuildAllRollups, ROLLUP_TABLES } from '../../store/rollups';
import { setActiveDatabaseName } from './pointer';
import { DB_NAME, TABLE_NAMES } from '../../store/schema';

/** A database name nobody uses yet: `fieldline-restored-<time>` (with `-2`, `-3`… if taken). */
async function freshName(factory: IDBFactory, now: number): Promise<string> {
  const base = `${DB_NAME}-restored-${now}`;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base}-${n}`;
    const existing = await openExisting(factory, name);
    if (!existing) return name;
    existing.close();
  }
}

export async function restoreIntoNewDatabase(
  options: Required<Pick<OpenOptions, 'indexedDB'>> & Pick<OpenOptions, 'IDBKeyRange'>,
  text: string,
  now: number,
): Promise<{ database: string; counts: Record<string, number> }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new RpcError('invalid-input', parsed.error);
  const { tables } = parsed.backup;
  const name = await freshName(options.indexedDB, now);
  const db = new FieldlineDB({ ...options, name });
  try {
    await db.open();
    await db.transaction('rw', [...TABLE_NAMES, 'cards', 'meta', ...ROLLUP_TABLES], async () => {
      for (const t of TABLE_NAMES) await db.table(t).bulkAdd(tables[t]);
      await rebuildAllCards(db); // a backup carries no projection: it is derived
      await rebuildAllRollups(db); // nor rollups
    });
    const stored = await Promise.all(TABLE_NAMES.map((t) => db.table(t).count()));
    const wanted = countTables(tables);
    const bad = TABLE_NAMES.find((t, i) => stored[i] !== wanted[t]);
    if (bad)
      throw new RpcError(
        'internal',
        `The restore did not complete (${bad}: ${wanted[bad]} in the file, ${String(stored[TABLE_NAMES.indexOf(bad)])} stored).`,
      );
  } catch (error) {
    // Only the new database is removed; it is ours and holds nothing yet.
    await db.delete().catch(() => undefined);
    if (error instanceof RpcError) throw error;
    throw new RpcError(
      'internal',
      `The backup could not be written (${errorText(error)}). Nothing was changed.`,
    );
  }
  db.close();
  await setActiveDatabaseName(options.indexedDB, name);
  return { database: name, counts: countTables(tables) };
}
