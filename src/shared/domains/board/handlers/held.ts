import type { Pipeline } from '../../../model';
import type { HeldLeaves } from '../../../store/cardLeaves';
import type { TextPool } from '../packedCards';

/**
 * A board's leaves as its first page read them (`board.page` with `split`), kept by the store
 * for the ranges that page cut: each is then answered from them, with no second read of the
 * store (at 100,000 deals the first page reads every leaf, and twenty ranges re-reading them
 * cost ~100 ms each on the loaded 2-core machine). Served from one read, the whole board is
 * what the store held at that read, as if it were one transaction: a write after it is seen by
 * the board through its change event (the board stamps these ranges with the first page's
 * stamp, so a card named since is taken from its refresh, never from them).
 */
export interface HeldBoard {
  pipeline: Pipeline;
  leaves: HeldLeaves;
  /** Its pages' texts, numbered across them all (`PackedCards.textIds`). */
  pool: TextPool;
  /** The `after` of each range not yet read: once all are, the board is let go. */
  unread: Set<string>;
}

/** Held boards by token: a board reloaded halfway leaves one behind, so only the newest two are kept. */
export const HELD_BOARDS = 2;

/** The board `token` names, if it is still held for `pipelineId` (or any, when none is named). */
export function heldBoard(
  held: Map<string, HeldBoard>,
  token: string | undefined,
  pipelineId: string | undefined,
): HeldBoard | undefined {
  const board = token === undefined ? undefined : held.get(token);
  return board && (pipelineId === undefined || pipelineId === board.pipeline.id) ? board : undefined;
}

/** Range `after` of `token`'s board was read: the board is let go after its last. */
export function rangeRead(held: Map<string, HeldBoard>, token: string, after: string): void {
  const board = held.get(token);
  if (!board?.unread.delete(after)) return;
  if (board.unread.size === 0) held.delete(token);
}
