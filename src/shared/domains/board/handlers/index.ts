import type { boardMethods } from '../contract';
import { ON_BOARD } from './cards';
import { packCards, type PackedCards } from '../packedCards';
import { hasCardLeaves, readCardLeaves, type LeafRange } from '../../../store/cardLeaves';
import type { BoardCard } from '../../../rpc/views';
import { boardCardOf, type CardRow } from '../../../store/cardProjection';
import { getPipelineOrThrow } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';
import type { StoreContext } from '../../../store/context';

/** How many cards a pipeline's board has (index counts: no row is read, but every entry is walked). */
async function boardCount({ db }: Pick<StoreContext, 'db'>, pipelineId: string): Promise<number> {
  const counts = await Promise.all(
    ON_BOARD.map((status) => db.cards.where('[pipelineId+status]').equals([pipelineId, status]).count()),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** A range of the projection's rows (one getAll with a count), packed as `readCardLeaves` packs it. */
async function readCardRows(
  { db }: Pick<StoreContext, 'db'>,
  { after, until, limit, keep }: LeafRange,
): Promise<{ cards: PackedCards; next: string | null }> {
  const range =
    after === null
      ? until === undefined
        ? db.cards.orderBy(':id')
        : db.cards.where(':id').belowOrEqual(until)
      : until === undefined
        ? db.cards.where(':id').above(after)
        : db.cards.where(':id').between(after, until, false, true);
  const rows = await range.limit(limit).toArray();
  // Packed in columns, read straight from the rows (no card object made per row here).
  const cards = packCards(rows.filter((c) => keep(c.pipelineId, c.status)));
  return { cards, next: rows.length === limit ? rows[rows.length - 1]!.id : null };
}

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

  async 'board.page'({ pipelineId, after, until, limit, split, count = true }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.pipelines, db.cards, db.meta], async () => {
      const pipeline = await getPipelineOrThrow(ctx, pipelineId);
      // By primary key: a cursor that survives writes between pages, each card read once. Rows
      // of other pipelines and lost deals are skipped here, in the store. Read from the packed
      // leaves (a dozen values for 10,000 cards; store/cardLeaves.ts), or, on a database whose
      // leaves are not built yet, from the projection's rows.
      const keep = (rowPipeline: string, status: BoardCard['status']) =>
        rowPipeline === pipeline.id && ON_BOARD.includes(status);
      const { cards, next } = (await hasCardLeaves(db.cardLeaves))
        ? await readCardLeaves(db.cardLeaves, { after, until, limit, keep })
        : await readCardRows(ctx, { after, until, limit, keep });
      if (after !== null) return { pipeline, cards, next };
      const total = count ? { total: await boardCount(ctx, pipeline.id) } : {};
      if (split === undefined || next === null) return { pipeline, cards, next, ...total };
      // Keys only (no card is read): every split-th id after this page.
      const rest = await db.cards.where(':id').above(next).primaryKeys();
      const splits = rest.filter((_, i) => (i + 1) % split === 0 && i + 1 < rest.length);
      return { pipeline, cards, next, ...total, splits };
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
