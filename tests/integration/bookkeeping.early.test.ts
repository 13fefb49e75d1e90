/**
 * A command may say when its last write is issued (`ctx.write(async (issued) => …)`): the store's
 * bookkeeping of the transaction (card projection, rollups) then starts at once, its reads going
 * out with the writes still in flight (IndexedDB answers a transaction's requests in order, so
 * they see them). A stage move does: its rollups read before its deal's put is answered. A write
 * after `issued()` is still kept (a second pass), so the projection never goes stale.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deal, Pipeline } from '../../src/shared/model';
import type { RpcClient } from '../../src/shared/rpc/client';
import { handlers } from '../../src/shared/store/handlers';
import type { Handler } from '../../src/shared/store/handlerTable';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { watchTables } from '../../src/shared/store/testing/watchTables';
import { lead } from './testing/journalStarts';

/** While set: the deals put issued and answered, and the bookkeeping's first read of the deal's rollup facts. */
let events: string[] | null = null;
const orderRecorder = watchTables('early-bookkeeping-order', (table, name) => {
  return {
    ...table,
    mutate: (req) => {
      if (name !== 'deals') return table.mutate(req);
      events?.push('deal put issued');
      return table.mutate(req).then((answer) => (events?.push('deal put answered'), answer));
    },
    getMany: (req) => {
      if (name === 'rollupFacts') events?.push('rollup facts read');
      return table.getMany(req);
    },
  };
});

let h: Harness;
let client: RpcClient;
let pipeline: Pipeline;

beforeEach(async () => {
  h = await startHarness({ middlewares: [orderRecorder] });
  client = h.connect();
  [pipeline] = (await client.call('pipelines.list', {})) as [Pipeline];
});
afterEach(async () => {
  events = null;
  await h.close();
});

const newDeal = () => client.call('deals.create', lead('Cold-chain sensors'));

describe("a command's bookkeeping starts once its last write is issued", () => {
  it("a stage move's rollups are read before its deal's put is answered", async () => {
    const deal = await newDeal();
    events = [];
    await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'move', toStageId: pipeline.stages[1]!.id },
    });
    expect(events.indexOf('rollup facts read')).toBeGreaterThan(events.indexOf('deal put issued'));
    expect(events.indexOf('rollup facts read')).toBeLessThan(events.indexOf('deal put answered'));
  });

  it('a write after it said it was done is kept too: the card shows the last value', async () => {
    const deal = await newDeal();
    const move = handlers['deals.transition'];
    // A command that says it is done, then writes the deal again.
    const late: Handler<'deals.transition'> = async ({ dealId }, ctx) =>
      ctx.write(async (issued) => {
        const stored = (await ctx.db.deals.get(dealId)) as Deal;
        const first = ctx.db.deals.put({ ...stored, title: 'First title' });
        issued();
        await first;
        await ctx.db.deals.put({ ...stored, title: 'Last title', value: 51_000 });
        return null as never;
      });
    handlers['deals.transition'] = late;
    try {
      await client.call('deals.transition', { dealId: deal.id, request: { kind: 'move', toStageId: 'x' } });
    } finally {
      handlers['deals.transition'] = move;
    }
    const [card] = await client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] });
    expect(card).toMatchObject({ title: 'Last title', value: 51_000 });
  });
});
