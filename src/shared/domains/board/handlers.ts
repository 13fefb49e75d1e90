import { SCHEMA_VERSION } from '../../store/schema';
import type { boardMethods } from './contract';
import type { Deal } from '../../model';
import { ON_BOARD, toBoardCards } from './cards';
import { generateSamplePipeline } from '../sample/generate';
import { getPipelineOrThrow } from '../../store/lookups';
import { readSettings } from '../../store/derive';
import type { HandlerTable } from '../../store/handlerTable';

export const boardHandlers: HandlerTable<keyof typeof boardMethods> = {
  async 'board.get'({ pipelineId }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.pipelines, db.deals, db.contacts, db.handoffs], async () => {
      const pipeline = await getPipelineOrThrow(ctx, pipelineId);
      // One equals() per status: each is a single getAll on the index (anyOf walks a cursor).
      const perStatus = await Promise.all(
        ON_BOARD.map((status) =>
          db.deals.where('[pipelineId+status]').equals([pipeline.id, status]).toArray(),
        ),
      );
      const deals = perStatus.flat();
      return { pipeline, cards: await toBoardCards(ctx, deals) };
    });
  },

  async 'board.cards'({ pipelineId, ids }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.deals, db.contacts, db.handoffs], async () => {
      const deals = (await db.deals.bulkGet(ids)).filter(
        (d): d is Deal => !!d && d.pipelineId === pipelineId && ON_BOARD.includes(d.status),
      );
      return toBoardCards(ctx, deals);
    });
  },

  async 'pipelines.list'(_input, ctx) {
    return ctx.db.pipelines.orderBy('order').toArray();
  },

  async 'settings.get'(_input, ctx) {
    return readSettings(ctx);
  },

  async 'sample.load'({ count, seed, activitiesPerDeal, firstStageShare }, ctx) {
    return ctx.write(
      ['deals', 'companies', 'contacts', 'activities', 'followUps', 'stageHistory', 'pipelines', 'settings'],
      async () => {
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
      },
    );
  },

  async 'system.info'(_input, ctx) {
    return { schemaVersion: SCHEMA_VERSION, deals: await ctx.db.deals.count() };
  },
};
