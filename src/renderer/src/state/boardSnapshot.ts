import { z } from 'zod';
import { Deal, Pipeline, type CurrencyContext } from '../../../shared/model';
import type { BoardCard } from '../../../shared/rpc/views';

/**
 * The last board the rep saw, kept in this window's localStorage so the next start paints it
 * before the store host has opened the database (see docs/ARCHITECTURE.md, "Start-up
 * snapshot"). It is a picture, never data: the board shows it marked as not yet live and
 * swaps to the store's answer in place. Small on purpose: the first cards of each column and
 * the column figures as they were.
 */

/** Cards kept per column: more than a tall screen shows. */
export const SNAPSHOT_CARDS_PER_COLUMN = 30;
/** Anything longer than this is not a snapshot this app wrote: it is ignored unread. */
export const SNAPSHOT_MAX_CHARS = 512 * 1024;
export const SNAPSHOT_KEY = 'fieldline.boardSnapshot';
const VERSION = 1;

const Figure = z.number().finite().min(-1e15).max(1e15);
const ColumnFigures = z.object({
  count: z.number().int().min(0).max(10_000_000),
  total: Figure,
  weighted: Figure,
  unconverted: z.number().int().min(0).max(10_000_000),
});
export type ColumnFigures = z.infer<typeof ColumnFigures>;

const SnapshotCard = Deal.pick({
  id: true,
  title: true,
  companyName: true,
  value: true,
  currency: true,
  probability: true,
  score: true,
  stageId: true,
  status: true,
  source: true,
  stageEnteredAt: true,
  lastActivityAt: true,
  nextFollowUpAt: true,
  pausedUntil: true,
  expectedClose: true,
}).extend({
  handoff: z
    .object({ done: z.number().int().min(0).max(1000), total: z.number().int().min(0).max(1000) })
    .nullable(),
  contactEmail: z.string().max(320),
  contactName: z.string().max(300),
});

/** More pipelines than any rep keeps: a longer list is not one this app wrote. */
const MAX_PIPELINES = 200;

const Snapshot = z.object({
  version: z.literal(VERSION),
  savedAt: z.number().int().min(0),
  pipeline: Pipeline,
  /** Every pipeline the toolbar's switcher offers (absent in snapshots written before it was kept). */
  pipelines: z
    .array(Pipeline.pick({ id: true, name: true }))
    .max(MAX_PIPELINES)
    .optional(),
  currency: z.object({
    home: z.string().min(1).max(8),
    rates: z.record(z.string().max(8), z.number().finite().positive()),
  }),
  /** Each column's count and totals over all its cards, not only the ones kept. */
  columns: z.record(z.string().max(64), ColumnFigures),
  /** How many cards the board held. */
  total: z.number().int().min(0).max(10_000_000),
  cards: z.array(SnapshotCard).max(30 * SNAPSHOT_CARDS_PER_COLUMN),
});

/** A pipeline as the toolbar's switcher offers it. */
export type PipelineChoice = Pick<Pipeline, 'id' | 'name'>;

export interface BoardSnapshot {
  version: typeof VERSION;
  savedAt: number;
  pipeline: Pipeline;
  pipelines?: PipelineChoice[];
  currency: CurrencyContext;
  columns: Record<string, ColumnFigures>;
  total: number;
  cards: BoardCard[];
}

/** A stored snapshot, or null when it is missing, too big, corrupt or not one this app wrote. */
export function parseBoardSnapshot(text: string | null): BoardSnapshot | null {
  if (!text || text.length > SNAPSHOT_MAX_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = Snapshot.safeParse(raw);
  if (!parsed.success) return null;
  const snapshot = parsed.data as BoardSnapshot;
  // Every column the pipeline has, and no card in a column it does not have.
  const stages = new Set(snapshot.pipeline.stages.map((s) => s.id));
  if (!snapshot.pipeline.stages.every((s) => snapshot.columns[s.id])) return null;
  if (!snapshot.cards.every((c) => stages.has(c.stageId))) return null;
  return snapshot;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: the app starts as it did before snapshots
  }
}

export function saveBoardSnapshot(snapshot: BoardSnapshot): void {
  const text = JSON.stringify(snapshot);
  if (text.length > SNAPSHOT_MAX_CHARS) return;
  try {
    storage()?.setItem(SNAPSHOT_KEY, text);
  } catch {
    // Quota or a disabled storage: the next start simply has no snapshot.
  }
}

/** Forget the snapshot: the data it pictured was replaced (a backup restored) or is gone. */
export function clearBoardSnapshot(): void {
  start = null;
  try {
    storage()?.removeItem(SNAPSHOT_KEY);
  } catch {
    // nothing to clear
  }
}

export function readBoardSnapshot(): BoardSnapshot | null {
  try {
    return parseBoardSnapshot(storage()?.getItem(SNAPSHOT_KEY) ?? null);
  } catch {
    return null;
  }
}

/** The snapshot this start paints: read once, and gone once the live board has arrived. */
let start: BoardSnapshot | null | undefined;

export function startSnapshot(): BoardSnapshot | null {
  if (start === undefined) start = readBoardSnapshot();
  return start;
}

/** The live board is on screen: the snapshot is never shown again in this window. */
export function boardWentLive(): void {
  start = null;
}
