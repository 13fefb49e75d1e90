import type { boardMethods } from '../contract';
import type { Deal } from '../../../model';
import { ON_BOARD, toBoardCards } from './cards';
import { getPipelineOrThrow } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';

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
};
