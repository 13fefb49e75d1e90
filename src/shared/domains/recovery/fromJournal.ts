/**
 * On start, the database is checked against the journal (src/shared/journal). A database
 * that is missing, empty, or behind the journal — Chromium deletes a database it finds
 * corrupted and starts an empty one — is rebuilt from the latest snapshot plus the journal into
 * a NEW database (the damaged one is kept, never written to), which becomes the active one.
 * The rep is told what happened; nothing acknowledged is lost.
 */
import { parseBackup } from '../backup/validate';
import { journalAhead, journalCoveredBy, journalStateOf, type JournalState } from '../../journal/journal';
import { readJournalPlaces, readSnapshotHead, type JournalSink, type SnapshotHead } from '../../journal/sink';
import { FieldlineDB, type OpenOptions } from '../../store/db';
import { applyOps, readMeta } from '../../store/journaling';
import { rebuildAllCards } from '../../store/cardProjection';
import { rebuildAllRollups, ROLLUP_TABLES } from '../../store/rollups';
import { setActiveDatabaseName } from './pointer';
import { TABLE_NAMES } from '../../store/schema';

export interface Reconciled {
  db: FieldlineDB;
  /** What the rep is told (null when nothing happened). */
  notice: string | null;
  /** How much journal this start had to read (compacted soon when large). */
  journalBytes: number;
}

const isEmpty = async (db: FieldlineDB) =>
  (await db.pipelines.count()) === 0 && (await db.deals.count()) === 0;

/** Does the journal know writes this database does not have? */
export async function needsRebuild(db: FieldlineDB, state: JournalState): Promise<boolean> {
  if (state.lastSeq === 0 || !state.dbId) return false;
  const meta = await readMeta(db);
  if (!meta) return isEmpty(db);
  return journalAhead(meta, state);
}

/** Builds the journal's state into a fresh database named `name`. */
export async function rebuildInto(
  options: OpenOptions,
  name: string,
  state: JournalState,
): Promise<FieldlineDB> {
  const db = new FieldlineDB({ ...options, name });
  await db.delete(); // a leftover of an interrupted rebuild
  await db.open();
  const snapshot = state.snapshot ? parseBackup(state.snapshot.text) : null;
  if (snapshot && !snapshot.ok) throw new Error(`the snapshot cannot be used: ${snapshot.error}`);
  await db.transaction('rw', [...TABLE_NAMES, 'meta', 'cards', ...ROLLUP_TABLES], async () => {
    if (snapshot?.ok)
      for (const table of TABLE_NAMES) await db.table(table).bulkPut(snapshot.backup.tables[table]);
    for (const record of state.records) await applyOps(db, record.ops);
    await rebuildAllCards(db); // the projection is not journaled: it is derived from what was replayed
    await rebuildAllRollups(db); // nor are the rollups
    await db.meta.put({ key: 'journal', dbId: state.dbId!, seq: state.lastSeq });
  });
  return db;
}

export async function reconcileWithJournal(
  db: FieldlineDB,
  options: OpenOptions,
  sink: JournalSink,
  now: number,
  /** The snapshot's header the caller already read (its text is read only to rebuild), or undefined to read it here. */
  snapshot?: SnapshotHead,
): Promise<Reconciled> {
  const head = snapshot ?? (await readSnapshotHead(sink));
  // The usual start: the database already holds every record, and none is decoded (nor, where
  // the sink can scan its files, read past the records' headers and fronts).
  const scanned = await readJournalPlaces(sink);
  const journalBytes = scanned.reduce((n, file) => n + file.bytes, 0);
  const meta = await readMeta(db);
  const places = scanned.map((file) => file.places);
  if (meta && journalCoveredBy(meta, head.header, places)) return { db, notice: null, journalBytes };
  const state = journalStateOf(await head.text(), await sink.readJournals());
  if (!(await needsRebuild(db, state))) return { db, notice: null, journalBytes: state.bytes };
  const name = `fieldline-rebuilt-${now}`;
  const rebuilt = await rebuildInto(options, name, state);
  if (options.indexedDB ?? globalThis.indexedDB)
    await setActiveDatabaseName((options.indexedDB ?? globalThis.indexedDB)!, name);
  const damaged = db.name;
  db.close();
  const skipped = state.notes.length ? ` (${state.notes.join('; ')})` : '';
  return {
    db: rebuilt,
    journalBytes: state.bytes,
    notice:
      `Your data was rebuilt from Fieldline's safety journal: the browser storage had lost or damaged it. ` +
      `Every saved change is back (${state.records.length} since the last snapshot)${skipped}. The damaged copy "${damaged}" was kept untouched.`,
  };
}
