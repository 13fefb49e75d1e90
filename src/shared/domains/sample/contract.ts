import { z } from 'zod';
import { command } from '../../rpc/define';

export const sampleMethods = {
  /** Fill the first pipeline with a generated sample pipeline (first run, demos, benchmarks). */
  'sample.load': command(
    z.object({
      count: z.number().int().min(1).max(20_000),
      seed: z.number().int(),
      /** Benchmarks ask for more activities per deal (default 3). */
      activitiesPerDeal: z.number().int().min(0).max(50).optional(),
      /** Share of deals placed in the first stage (benchmarks: one very long column). */
      firstStageShare: z.number().min(0).max(1).optional(),
    }),
    {
      writes: ['deals', 'companies', 'contacts', 'activities', 'followUps', 'stageHistory'],
      reads: ['pipelines', 'settings'],
    },
  ).returns<{ deals: number }>(),
};
