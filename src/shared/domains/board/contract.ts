import { z } from 'zod';
import { Id } from '../../model';
import { query } from '../../rpc/define';
import type { BoardCard, BoardData } from '../../rpc/views';

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
  /** The current cards of some deals (those still on this pipeline's board), for incremental refresh. */
  'board.cards': query(z.object({ pipelineId: Id, ids: z.array(Id).max(500) }), CARD_READS).returns<
    BoardCard[]
  >(),
};
