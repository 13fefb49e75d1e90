import { SCHEMA_VERSION } from '../schema';
import type { boardMethods } from '../../rpc/methods/board';
import type { BoardCard } from '../../rpc/views';
import { generateSamplePipeline } from '../../sample/generate';
import { getPipelineOrThrow } from '../lookups';
import { readSettings } from '../derive';
import type { HandlerTable } from './types';

export const boardHandlers: HandlerTable<keyof typeof boardMethods> = {
  async 'board.get'({ pipelineId }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.pipelines, db.deals, db.contacts, db.handoffs], async () => {
      const pipeline = await getPipelineOrThrow(ctx, pipelineId);
      const deals = await db.deals
        .where('[pipelineId+status]')
        .anyOf([pipeline.id, 'open'], [pipeline.id, 'won'])
        .toArray();
      const firstContacts = await db.contacts.bulkGet(deals.map((d) => d.contacts[0]?.contactId ?? ''));
      const handoffs = new Map((await db.handoffs.toArray()).map((h) => [h.dealId, h]));
      const cards: BoardCard[] = deals.map((d, i) => {
        const handoff = handoffs.get(d.id);
        const items = handoff?.sections.flatMap((s) => s.items) ?? [];
        return {
          id: d.id,
          title: d.title,
          companyName: d.companyName,
          value: d.value,
          probability: d.probability,
          score: d.score,
          stageId: d.stageId,
          status: d.status,
          source: d.source,
          stageEnteredAt: d.stageEnteredAt,
          lastActivityAt: d.lastActivityAt,
          nextFollowUpAt: d.nextFollowUpAt,
          pausedUntil: d.pausedUntil,
          expectedClose: d.expectedClose,
          handoff: handoff ? { done: items.filter((it) => it.done).length, total: items.length } : null,
          contactEmail: firstContacts[i]?.email ?? '',
          contactName: firstContacts[i]?.name ?? '',
        };
      });
      return { pipeline, cards };
    });
  },

  async 'pipelines.list'(_input, ctx) {
    return ctx.db.pipelines.orderBy('order').toArray();
  },

  async 'settings.get'(_input, ctx) {
    return readSettings(ctx);
  },

  async 'sample.load'({ count, seed, activitiesPerDeal, firstStageShare }, ctx) {
    return ctx.write(['deals', 'companies', 'contacts', 'activities', 'followUps', 'stageHistory', 'pipelines', 'settings'], async () => {
      const pipeline = await getPipelineOrThrow(ctx);
      const settings = await readSettings(ctx);
      const sample = generateSamplePipeline({ count, seed, pipeline, settings, now: ctx.now(), activitiesPerDeal, firstStageShare });
      await ctx.db.companies.bulkAdd(sample.companies);
      await ctx.db.contacts.bulkAdd(sample.contacts);
      await ctx.db.deals.bulkAdd(sample.deals);
      await ctx.db.activities.bulkAdd(sample.activities);
      await ctx.db.followUps.bulkAdd(sample.followUps);
      await ctx.db.stageHistory.bulkAdd(sample.history);
      return { deals: sample.deals.length };
    });
  },

  async 'system.info'(_input, ctx) {
    return { schemaVersion: SCHEMA_VERSION, deals: await ctx.db.deals.count() };
  },
};
