import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/**
 * A test's Dexie middleware that sees every table: `wrap` returns the table as it is, or with
 * some of its calls watched (recorded, counted, timed) before they go on down.
 */
export function watchTables(
  name: string,
  wrap: (table: DBCoreTable, tableName: string) => DBCoreTable,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down) => ({ ...down, table: (tableName) => wrap(down.table(tableName), tableName) }),
  };
}
