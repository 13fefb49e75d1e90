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

/**
 * While set: the deals put issued and answered, the bookkeeping's first read of the deal's rollup
 * facts, the read of the sums they change, and the card projection's read of its card's leaf
 * (a query of `meta`) issued and answered.
 */
let events: string[] | null = null;
const note = (what: string) => events?.push(what);
const orderRecorder = watchTables('early-bookkeeping-order', (table, name) => {
  return {
    ...table,
    mutate: (req) => {
      if (name !== 'deals') return table.mutate(req);
      note('deal put issued');
      return table.mutate(req).then((answer) => (note('deal put answered'), answer));
    },
    getMany: (req) => {
      if (name === 'rollupFacts') note('rollup facts read');
      if (name === 'rollups') note('rollup sums read');
      return table.getMany(req);
    },
    query: (req) => {
      if (name !== 'meta') return table.query(req);
      note('card leaf read issued');
      return table.query(req).then((answer) => (note('card leaf read answered'), answer));
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

/** A new deal moved to the next stage: what its move's transaction did, in order. */
async function recordedMove(): Promise<string[]> {
  const deal = await newDeal();
  const recorded: string[] = [];
  events = recorded;
  await client.call('deals.transition', {
    dealId: deal.id,
    request: { kind: 'move', toStageId: pipeline.stages[1]!.id },
  });
  events = null;
  return recorded;
}

describe("a command's bookkeeping starts once its last write is issued", () => {
  it("a stage move's rollups are read before its deal's put is answered", async () => {
    const events = await recordedMove();
    expect(events.indexOf('rollup facts read')).toBeGreaterThan(events.indexOf('deal put issued'));
    expect(events.indexOf('rollup facts read')).toBeLessThan(events.indexOf('deal put answered'));
  });

  it("a stage move's rollups read first: the sums they change are read while its card's leaf is still read", async () => {
    const events = await recordedMove();
    // The rollups' second read goes out behind the card projection's, not in a round of its own.
    expect(events).toContain('rollup sums read');
    expect(events.indexOf('rollup facts read')).toBeLessThan(events.indexOf('card leaf read issued'));
    expect(events.indexOf('rollup sums read')).toBeLessThan(events.lastIndexOf('card leaf read answered'));
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
