import type { boardMethods } from '../contract';
import { ON_BOARD } from './cards';
import { boardCardOf, type CardRow } from '../../../store/cardProjection';
import { getPipelineOrThrow } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';

/** The board reads only the card projection (store/cardProjection.ts), never deals, contacts or handoffs. */
export const boardHandlers: HandlerTable<keyof typeof boardMethods> = {
  async 'board.get'({ pipelineId }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.pipelines, db.cards], async () => {
      const pipeline = await getPipelineOrThrow(ctx, pipelineId);
      // One equals() per status: each is a single getAll on the index (anyOf walks a cursor).
      const perStatus = await Promise.all(
        ON_BOARD.map((status) =>
          db.cards.where('[pipelineId+status]').equals([pipeline.id, status]).toArray(),
        ),
      );
      return { pipeline, cards: perStatus.flat().map(boardCardOf) };
    });
  },

  async 'board.cards'({ pipelineId, ids }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.cards], async () =>
      (await db.cards.bulkGet(ids))
        .filter((c): c is CardRow => !!c && c.pipelineId === pipelineId && ON_BOARD.includes(c.status))
        .map(boardCardOf),
    );
  },
};
