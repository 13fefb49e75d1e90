import { getPipelineOrThrow } from '../../store/lookups';
import { readSettings } from '../../store/derive';
import type { HandlerTable } from '../../store/handlerTable';
import type { sampleMethods } from './contract';
import { generateSamplePipeline } from './generate';

export const sampleHandlers: HandlerTable<keyof typeof sampleMethods> = {
  async 'sample.load'({ count, seed, activitiesPerDeal, firstStageShare }, ctx) {
    return ctx.write(async () => {
      const pipeline = await getPipelineOrThrow(ctx);
      const settings = await readSettings(ctx);
      const sample = generateSamplePipeline({
        count,
        seed,
        pipeline,
        settings,
        now: ctx.now(),
        activitiesPerDeal,
        firstStageShare,
      });
      await ctx.db.companies.bulkAdd(sample.companies);
      await ctx.db.contacts.bulkAdd(sample.contacts);
      await ctx.db.deals.bulkAdd(sample.deals);
      await ctx.db.activities.bulkAdd(sample.activities);
      await ctx.db.followUps.bulkAdd(sample.followUps);
      await ctx.db.stageHistory.bulkAdd(sample.history);
      return { deals: sample.deals.length };
    });
  },
};
