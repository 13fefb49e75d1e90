import { z } from 'zod';
import { Id } from '../../model';
import { query } from '../../rpc/define';
import { BOARD_PAGE_MAX } from './limits';
import type { BoardCard, BoardData, BoardPage } from '../../rpc/views';

export { BOARD_PAGE_MAX } from './limits';

/**
 * What a card shows (the deal, its primary contact and its handoff progress) is read from the
 * card projection, kept current by every write to those tables (store/cardProjection.ts).
 */
const CARD_READS = ['cards'] as const;

export const boardMethods = {
  /** A pipeline (default: the first) and the cards of its open and won deals. */
  'board.get': query(z.object({ pipelineId: Id.optional() }), [
    'pipelines',
    ...CARD_READS,
  ]).returns<BoardData>(),
  /**
   * One page of a pipeline's board, for loading a large board in slices: the cards (in deal-id
   * order) of the projection rows after `after` (up to and including `until`), and the cursor
   * for the rest of that range (null: none left). With `split`, the first page also names the
   * ids that cut the rest of the board into ranges of about that many rows, which can then be
   * read side by side. Each page is its own transaction, so a write between two pages shows in
   * the later one; the board applies change events for what it already has. The first page
   * also counts the board (`total`) unless asked with `count: false`: a count is a scan of the
   * board's index (a few hundred ms at 100,000 deals), worth it only when the count is shown.
   * A first page asked with `split` may also name a `held` board: the store keeps the leaves
   * it read for those ranges, and a range asked with that `held` is read from them, not from
   * the store again — so it is what the store held when the FIRST page was read (stamp it with
   * that page's sending), and a write since shows only through its change event.
   */
  'board.page': query(
    z.object({
      pipelineId: Id.optional(),
      after: Id.nullable(),
      until: Id.optional(),
      limit: z.number().int().min(1).max(BOARD_PAGE_MAX),
      split: z.number().int().min(1).max(BOARD_PAGE_MAX).optional(),
      count: z.boolean().optional(),
      held: Id.optional(),
    }),
    ['pipelines', ...CARD_READS],
  ).returns<BoardPage>(),
  /** The current cards of some deals (those still on this pipeline's board), for incremental refresh. */
  'board.cards': query(z.object({ pipelineId: Id, ids: z.array(Id).max(500) }), CARD_READS).returns<
    BoardCard[]
  >(),
};
