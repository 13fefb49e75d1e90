import { z } from 'zod';
import { Id, type Pipeline, type Settings } from '../../model';
import { command, query } from '../../rpc/define';
import type { BoardCard, BoardData } from '../../rpc/views';

export const boardMethods = {
  'board.get': query(z.object({ pipelineId: Id.optional() })).returns<BoardData>(),
  /** The current cards of some deals (those still on this pipeline's board), for incremental refresh. */
  'board.cards': query(z.object({ pipelineId: Id, ids: z.array(Id).max(500) })).returns<BoardCard[]>(),
  'pipelines.list': query(z.object({})).returns<Pipeline[]>(),
  'settings.get': query(z.object({})).returns<Settings>(),
  'sample.load': command(
    z.object({
      count: z.number().int().min(1).max(20_000),
      seed: z.number().int(),
      /** Benchmarks ask for more activities per deal (default 3). */
      activitiesPerDeal: z.number().int().min(0).max(50).optional(),
      /** Share of deals placed in the first stage (benchmarks: one very long column). */
      firstStageShare: z.number().min(0).max(1).optional(),
    }),
  ).returns<{ deals: number }>(),
  'system.info': query(z.object({})).returns<{ schemaVersion: number; deals: number }>(),
};
