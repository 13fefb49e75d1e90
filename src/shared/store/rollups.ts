import Dexie, { type Table, type Transaction } from 'dexie';
import type { Activity, Deal, Pipeline, StageHistoryEntry } from '../model';
import { dealContribution, partOf, type RollupPart } from '../domains/insights/contribution';
import { groupBy, sumParts } from '../domains/insights/dashboard';
import { asBookkeeping } from './bookkeeping';
import type { WriteLog } from './dealTracker';

/**
 * The dashboard's rollups: `rollups` holds, per bucket (pipeline, kind, UTC day / week / month
 * or all time — domains/insights/levels.ts — and key), the sum of every deal's contribution
 * (domains/insights/contribution.ts); `rollupFacts` holds each deal's last contribution. Bookkeeping like `cards`: never backed up or journaled, derived from
 * deals, stage history, activities and pipelines, and kept current in the SAME transaction as
 * every write that changes one of them (refreshRollups): each touched deal's contribution is
 * recomputed and the difference from its stored one applied.
 */
export interface FactRow {
  /** A deal's id; or `pipeline:<id>` for what a pipeline's rollups were computed with. */
  dealId: string;
  /** The deal's parts, compact: each bucket's id (which says pipeline, kind, day and key) and counters. */
  parts: [string, number[]][];
  /** For a pipeline: its stage order and SQL stage, the only parts of it that rollups depend on. */
  signature?: string;
}

const compact = (parts: readonly RollupPart[]): [string, number[]][] => parts.map((p) => [p.id, p.n]);
const pipelineKey = (id: string) => `pipeline:${id}`;
/** What of a pipeline the contributions depend on (contribution.ts): stage order and the SQL stage. */
const signatureOf = (p: Pipeline) =>
  JSON.stringify([p.stages.map((s) => s.id), p.stages.findIndex((s) => s.kind === 'sql')]);
const pipelineFacts = (pipelines: readonly Pipeline[]): FactRow[] =>
  pipelines.map((p) => ({ dealId: pipelineKey(p.id), parts: [], signature: signatureOf(p) }));

/** The tables whose writes change rollups: a write transaction over any of them also covers the rollups. */
export const ROLLUP_INPUTS: ReadonlySet<string> = new Set([
  'deals',
  'stageHistory',
  'activities',
  'pipelines',
]);
export const ROLLUP_TABLES = ['rollups', 'rollupFacts'] as const;

export interface RollupTables {
  deals: Table<Deal, string>;
  stageHistory: Table<StageHistoryEntry, string>;
  activities: Table<Activity, string>;
  pipelines: Table<Pipeline, string>;
  rollups: Table<RollupPart, string>;
  rollupFacts: Table<FactRow, string>;
}

/** Above this many touched deals, reading whole tables once beats reading each deal's rows. */
const BULK = 2_000;

/** Every deal's share and their sums, from the base tables' rows (pure). */
export function allRollups(
  deals: readonly Deal[],
  history: readonly StageHistoryEntry[],
  activities: readonly Activity[],
  pipelines: readonly Pipeline[],
): { rows: RollupPart[]; facts: FactRow[] } {
  const byPipeline = new Map(pipelines.map((p) => [p.id, p]));
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const historyOf = groupBy(history);
  const activitiesOf = groupBy(activities);
  const facts: FactRow[] = [];
  const sums = new Map<string, RollupPart>();
  for (const dealId of new Set([...dealById.keys(), ...historyOf.keys()])) {
    const parts = dealContribution({
      dealId,
      deal: dealById.get(dealId),
      history: historyOf.get(dealId) ?? [],
      activities: activitiesOf.get(dealId) ?? [],
      pipelines: byPipeline,
    });
    if (parts.length) facts.push({ dealId, parts: compact(parts) });
    sumParts(sums, parts);
  }
  return { rows: [...sums.values()], facts: [...facts, ...pipelineFacts(pipelines)] };
}

/** Recompute every rollup from the base tables (schema upgrade, restore, rebuild from the journal). */
export async function rebuildAllRollups(db: RollupTables): Promise<void> {
  const [deals, history, activities, pipelines] = await Promise.all([
    db.deals.toArray(),
    db.stageHistory.toArray(),
    db.activities.toArray(),
    db.pipelines.toArray(),
  ]);
  const { rows, facts } = allRollups(deals, history, activities, pipelines);
  await Promise.all([db.rollups.clear(), db.rollupFacts.clear()]);
  await Promise.all([db.rollups.bulkPut(rows), db.rollupFacts.bulkPut(facts)]);
}

/** At the end of a write transaction: bring the rollups of what it touched up to date. */
export async function refreshRollups(db: RollupTables, log: WriteLog, tx: Transaction): Promise<boolean> {
  return asBookkeeping(tx, async () => {
    if (log.rebuildRollups) {
      await rebuildAllRollups(db);
      return true;
    }
    const ids = new Set(log.rollupDealIds);
    for (const pipelineId of await reordered(db, log.pipelineIds))
      (await dealsOfPipeline(db, pipelineId)).forEach((id) => ids.add(id));
    if (ids.size === 0) return false;
    if (ids.size > BULK) {
      await rebuildAllRollups(db);
      return true;
    }
    return applyChanges(db, [...ids], log.deals);
  });
}

/**
 * The written pipelines whose stage order or SQL stage changed (a rename, a probability or a
 * guide edit changes no rollup: amounts are weighted when the dashboard is read); their new
 * signature is stored.
 */
async function reordered(db: RollupTables, written: ReadonlySet<string> | undefined): Promise<string[]> {
  if (!written?.size) return [];
  const ids = [...written];
  const [pipelines, stored] = await Promise.all([
    db.pipelines.bulkGet(ids),
    db.rollupFacts.bulkGet(ids.map(pipelineKey)),
  ]);
  const current = pipelines.filter((p): p is Pipeline => !!p);
  const changed = current.filter((p) => stored[ids.indexOf(p.id)]?.signature !== signatureOf(p));
  await db.rollupFacts.bulkPut(pipelineFacts(changed));
  return changed.map((p) => p.id);
}

/** Every deal with a share in a pipeline's rollups: its deals, and the deals its history names. */
async function dealsOfPipeline(db: RollupTables, pipelineId: string): Promise<string[]> {
  const [own, historic] = await Promise.all([
    db.deals
      .where('[pipelineId+status]')
      .between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey])
      .primaryKeys(),
    db.stageHistory.where('pipelineId').equals(pipelineId).toArray(),
  ]);
  return [...new Set([...own, ...historic.map((e) => e.dealId)])];
}

const rowsOfDeal = <T>(table: Table<T, string>, dealId: string) =>
  table.where('[dealId+at]').between([dealId, -Infinity], [dealId, Infinity]).toArray();

async function applyChanges(
  db: RollupTables,
  ids: string[],
  written: ReadonlyMap<string, Deal | null> | undefined,
): Promise<boolean> {
  const known = new Map<string, Deal | null | undefined>(written);
  const unread = ids.filter((id) => !known.has(id));
  const [read, histories, activities, pipelines, facts] = await Promise.all([
    // The deals this transaction wrote are taken as written (a move reads its deal row once).
    unread.length ? db.deals.bulkGet(unread) : [],
    Promise.all(ids.map((id) => rowsOfDeal(db.stageHistory, id))),
    Promise.all(ids.map((id) => rowsOfDeal(db.activities, id))),
    db.pipelines.toArray(),
    db.rollupFacts.bulkGet(ids),
  ]);
  read.forEach((deal, i) => known.set(unread[i]!, deal));
  const byPipeline = new Map(pipelines.map((p) => [p.id, p]));
  const delta = new Map<string, RollupPart>();
  const newFacts: FactRow[] = [];
  const goneFacts: string[] = [];
  ids.forEach((dealId, i) => {
    const parts = dealContribution({
      dealId,
      deal: known.get(dealId),
      history: histories[i]!,
      activities: activities[i]!,
      pipelines: byPipeline,
    });
    sumParts(
      delta,
      (facts[i]?.parts ?? []).map(([id, n]) => partOf(id, n)),
      -1,
    );
    sumParts(delta, parts);
    if (parts.length) newFacts.push({ dealId, parts: compact(parts) });
    else if (facts[i]) goneFacts.push(dealId);
  });
  const changes = [...delta.values()];
  // The facts are written while the sums they change are read (other tables: one round trip).
  const [current] = await Promise.all([
    changes.length ? db.rollups.bulkGet(changes.map((c) => c.id)) : [],
    db.rollupFacts.bulkPut(newFacts),
    db.rollupFacts.bulkDelete(goneFacts),
  ]);
  if (delta.size === 0) return false;
  const sums = new Map<string, RollupPart>();
  current.forEach((row) => row && sums.set(row.id, row));
  sumParts(sums, changes);
  const kept = changes.map((c) => sums.get(c.id)).filter((r): r is RollupPart => !!r);
  const emptied = changes.filter((c) => !sums.has(c.id)).map((c) => c.id);
  await Promise.all([db.rollups.bulkPut(kept), db.rollups.bulkDelete(emptied)]);
  return true;
}
