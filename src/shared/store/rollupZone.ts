import type { Dexie, Table, Transaction } from 'dexie';
import { rebuildAllRollups, type RollupTables } from './rollups';

/**
 * The rollups are summed per day of the rep's calendar (domains/insights/period.ts), so they hold
 * for one time zone: the one recorded here, in `meta`. A store opened in another zone (the rep
 * flew, or the machine's zone was changed) rebuilds them before anything reads them. Version 5
 * recorded no zone: it summed UTC days.
 */
export interface RollupZoneMeta {
  key: 'rollupsZone';
  zone: string;
}

const KEY = 'rollupsZone';
/** What a database that recorded no zone summed its rollups in (Dexie version 5). */
const BEFORE_ZONES = 'UTC';

/** This process's time zone, the one `dayOf` counts days in. */
export const currentZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || BEFORE_ZONES;

type ZoneTables = RollupTables & { meta: Table<RollupZoneMeta, string> };

const tablesOf = (source: { table: (name: string) => Table }): ZoneTables => ({
  deals: source.table('deals'),
  stageHistory: source.table('stageHistory'),
  activities: source.table('activities'),
  pipelines: source.table('pipelines'),
  rollups: source.table('rollups'),
  rollupFacts: source.table('rollupFacts'),
  meta: source.table('meta'),
});

/** Rebuild every rollup in this zone and record it (inside the caller's transaction: an upgrade). */
export async function rebuildRollupsInZone(tx: Transaction): Promise<void> {
  const tables = tablesOf(tx);
  await rebuildAllRollups(tables);
  await tables.meta.put({ key: KEY, zone: currentZone() });
}

/**
 * On open: when the rollups were summed in another zone, rebuild them in this one, in one write
 * transaction (all or nothing; a kill mid-way leaves the old rows and the old zone, redone next
 * start); a database that recorded no zone gets it recorded. Returns whether it rebuilt.
 */
export async function keepRollupsInZone(db: Dexie): Promise<boolean> {
  const tables = tablesOf(db);
  const zone = currentZone();
  if ((await tables.meta.get(KEY))?.zone === zone) return false;
  return db.transaction('rw', Object.keys(tables), async (tx) => {
    const recorded = (await tables.meta.get(KEY))?.zone;
    if (recorded === zone) return false;
    if ((recorded ?? BEFORE_ZONES) === zone) {
      await tables.meta.put({ key: KEY, zone });
      return false;
    }
    await rebuildRollupsInZone(tx);
    return true;
  });
}
