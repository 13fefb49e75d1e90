import type { boardMethods } from '../contract';
import { ON_BOARD } from './cards';
import { packCards, type TextPool } from '../packedCards';
import { hasCardLeaves, readCardLeaves, readHeldLeaves, type LeafRange } from '../../../store/cardLeaves';
import { heldBoard, rangeRead } from './held';
import type { BoardPage } from '../../../rpc/views';
import type { Pipeline } from '../../../model';
import type { InputOf } from '../../../rpc/contract';
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

type PageInput = InputOf<'board.page'>;
type Keep = LeafRange['keep'];

/** Every split-th of `ids` (the last excluded): where the ranges after the first page end. */
const cutsOf = (ids: readonly string[], split: number): string[] =>
  ids.filter((_, i) => (i + 1) % split === 0 && i + 1 < ids.length);

/**
 * A page read from the projection's rows (a database whose leaves are not built yet): one
 * getAll with a count, the board counted on its index, the cuts from a scan of the later keys.
 */
async function pageOfRows(
  ctx: StoreContext,
  pipeline: Pipeline,
  { after, until, limit, split, count = true }: PageInput,
  keep: Keep,
): Promise<BoardPage> {
  const { db } = ctx;
  const range =
    after === null
      ? until === undefined
        ? db.cards.orderBy(':id')
        : db.cards.where(':id').belowOrEqual(until)
      : until === undefined
        ? db.cards.where(':id').above(after)
        : db.cards.where(':id').between(after, until, false, true);
  const rows = await range.limit(limit).toArray();
  const cards = packCards(rows.filter((c) => keep(c.pipelineId, c.status)));
  const next = rows.length === limit ? rows[rows.length - 1]!.id : null;
  if (after !== null) return { pipeline, cards, next };
  const total = count ? { total: await boardCount(ctx, pipeline.id) } : {};
  if (split === undefined || next === null) return { pipeline, cards, next, ...total };
  const rest = await db.cards.where(':id').above(next).primaryKeys();
  return { pipeline, cards, next, ...total, splits: cutsOf(rest, split) };
}

/**
 * A page read from the packed leaves (store/cardLeaves.ts): a few stored values per range. The
 * first page reads every leaf, and the board's count and the cuts come from them (no index walk,
 * no key scan: at 10,000 cards a scan of the keys alone takes longer than every leaf). Asked with
 * `split`, it keeps those leaves for the ranges it cut (held.ts) and names them (`held`).
 */
async function pageOfLeaves(
  ctx: StoreContext,
  pipeline: Pipeline,
  { after, until, limit, split, count = true }: PageInput,
  keep: Keep,
): Promise<BoardPage> {
  const whole = after === null && (count || split !== undefined);
  // A board to hold numbers its texts across its pages, this one included.
  const pool: TextPool | undefined = after === null && split !== undefined ? new Map() : undefined;
  const page = await readCardLeaves(ctx.db.cardLeaves, { after, until, limit, keep, whole, pool });
  const { cards, next } = page;
  if (after !== null) return { pipeline, cards, next };
  const total = count ? { total: page.kept } : {};
  if (split === undefined || next === null) return { pipeline, cards, next, ...total };
  const splits = cutsOf(page.rest, split);
  if (!page.held || !pool) return { pipeline, cards, next, ...total, splits };
  const held = ctx.newId();
  ctx.session.heldBoards.set(held, { pipeline, leaves: page.held, pool, unread: new Set([next, ...splits]) });
  return { pipeline, cards, next, ...total, splits, held };
}

const keepOf =
  (pipeline: Pipeline): Keep =>
  (rowPipeline, status) =>
    rowPipeline === pipeline.id && ON_BOARD.includes(status);

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

  async 'board.page'(input, ctx) {
    const { db, session } = ctx;
    // A range of a board its first page holds: read from those leaves, not from the store.
    const held = heldBoard(session.heldBoards, input.held, input.pipelineId);
    if (held && input.after !== null) {
      const { pipeline } = held;
      const range = { ...input, keep: keepOf(pipeline), pool: held.pool };
      const { cards, next } = await readHeldLeaves(held.leaves, range);
      rangeRead(session.heldBoards, input.held!, input.after);
      return { pipeline, cards, next };
    }
    return db.transaction('r', [db.pipelines, db.cards, db.meta], async () => {
      const pipeline = await getPipelineOrThrow(ctx, input.pipelineId);
      // By primary key: a cursor that survives writes between pages, each card read once. Rows
      // of other pipelines and lost deals are skipped here, in the store.
      const read = (await hasCardLeaves(db.cardLeaves)) ? pageOfLeaves : pageOfRows;
      return read(ctx, pipeline, input, keepOf(pipeline));
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
