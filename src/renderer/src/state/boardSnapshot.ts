import type { CurrencyContext, Pipeline } from '../../../shared/model';
import type { BoardCard } from '../../../shared/rpc/views';
import { guardSnapshot, type ColumnFigures } from './snapshotGuard';

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
/** Never more cards than 30 columns' worth. */
const MAX_CARDS = 30 * SNAPSHOT_CARDS_PER_COLUMN;

export type { ColumnFigures };

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
  // Checked without zod: the model's schemas are not built before the first paint (snapshotGuard.ts).
  const snapshot: BoardSnapshot | null = guardSnapshot(raw, VERSION, MAX_CARDS);
  if (snapshot === null) return null;
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
