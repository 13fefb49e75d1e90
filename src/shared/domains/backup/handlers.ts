import { buildBackup, countTables, type BackupTables } from './format';
import { parseBackup } from './validate';
import type { backupMethods } from './contract';
import { RpcError } from '../../rpc/protocol';
import type { StoreContext } from '../../store/context';
import { FieldlineDB, type OpenOptions } from '../../store/db';
import { TABLE_NAMES } from '../../store/schema';
import type { HandlerTable } from '../../store/handlerTable';

/** Read every table of `db` inside the caller's transaction. */
async function readAll(db: FieldlineDB): Promise<BackupTables> {
  const rows = await Promise.all(TABLE_NAMES.map((t) => db.table(t).toArray()));
  return Object.fromEntries(TABLE_NAMES.map((t, i) => [t, rows[i]])) as BackupTables;
}

async function countAll(db: FieldlineDB): Promise<Record<string, number>> {
  const counts = await Promise.all(TABLE_NAMES.map((t) => db.table(t).count()));
  return Object.fromEntries(TABLE_NAMES.map((t, i) => [t, counts[i] ?? 0]));
}

async function writeAll(db: FieldlineDB, tables: BackupTables) {
  for (const t of TABLE_NAMES) await db.table(t).bulkAdd(tables[t]);
}

function mismatch(counts: Record<string, number>, tables: BackupTables): string | null {
  const wanted = countTables(tables);
  const bad = TABLE_NAMES.find((t) => counts[t] !== wanted[t]);
  return bad ? `${bad}: ${wanted[bad]} records in the file, ${String(counts[bad])} stored` : null;
}

/** Same IndexedDB factory as the live database, under a name of its own. */
function stagingOptions(live: FieldlineDB): OpenOptions {
  const { indexedDB, IDBKeyRange } = live._options;
  return {
    name: `${live.name}-staging`,
    ...(indexedDB ? { indexedDB: indexedDB as unknown as IDBFactory } : {}),
    ...(IDBKeyRange ? { IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange } : {}),
  };
}

/**
 * Import the validated tables into a scratch database first: proves the database accepts
 * every record (keys, unique indexes, space) before the live data is touched.
 */
async function stage(live: FieldlineDB, tables: BackupTables): Promise<void> {
  const options = stagingOptions(live);
  await new FieldlineDB(options).delete(); // a leftover from an interrupted restore
  const staging = new FieldlineDB(options);
  try {
    await staging.open();
    await staging.transaction('rw', TABLE_NAMES, () => writeAll(staging, tables));
    const problem = mismatch(await staging.transaction('r', TABLE_NAMES, () => countAll(staging)), tables);
    if (problem)
      throw new RpcError(
        'invalid-input',
        `This backup could not be restored (${problem}); your data is unchanged.`,
      );
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'BulkError' || name === 'ConstraintError') {
      throw new RpcError(
        'invalid-input',
        `This backup has records the database refused (${(error as Error).message}); your data is unchanged.`,
      );
    }
    throw error;
  } finally {
    await staging.delete().catch(() => undefined);
  }
}

export const backupHandlers: HandlerTable<keyof typeof backupMethods> = {
  async 'backup.export'(_input, ctx) {
    const tables = await ctx.db.transaction('r', TABLE_NAMES, () => readAll(ctx.db));
    return buildBackup(tables, ctx.now());
  },

  async 'backup.takePreUpgrade'(_input, ctx: StoreContext) {
    const text = ctx.session.preUpgradeBackup;
    ctx.session.preUpgradeBackup = null;
    return { text };
  },

  async 'backup.restore'({ text }, ctx: StoreContext) {
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new RpcError('invalid-input', parsed.error);
    const { tables } = parsed.backup;
    await stage(ctx.db, tables);
    // The swap: one transaction clears and refills every table, so a failure anywhere
    // rolls back to the data as it was.
    await ctx.write(async () => {
      await Promise.all(TABLE_NAMES.map((t) => ctx.db.table(t).clear()));
      await writeAll(ctx.db, tables);
      const problem = mismatch(await countAll(ctx.db), tables);
      if (problem)
        throw new RpcError('internal', `The restore did not complete (${problem}); your data is unchanged.`);
    });
    ctx.session.undo.clear(); // undo entries describe data that no longer exists
    return { counts: countTables(tables) };
  },
};
