/**
 * A stage move's save is one round trip that touches the deal row once: through the real RPC
 * transport, a DBCore middleware records what the move's transaction does to the `deals`
 * table (one get of the deal, one put of it, nothing else), and the move's result carries
 * the card the board would read afterwards — so the mover's board needs no second call.
 * Its undo is the same: one get, one put, and the card as it is back.
 *
 * It also waits on few rounds of requests: IndexedDB answers each request through the browser
 * process, so a save that reads, then writes, then reads again pays that trip once per step, while
 * requests issued together share it. A second middleware counts the rounds of a move's
 * transaction: a round begins when a request is issued while none of the transaction's requests
 * is in flight.
 */
import type { DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWonDeal } from '../../src/shared/domains/handoff/testing/wonDeal';
import type { Pipeline } from '../../src/shared/model';
import type { RpcClient } from '../../src/shared/rpc/client';
import type { InputOf, MethodName, ResultOf } from '../../src/shared/rpc/contract';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { watchTables } from '../../src/shared/store/testing/watchTables';

/** What happened to the `deals` table while recording: each read and each write, in order. */
let recording: string[] | null = null;
const note = (what: string) => recording?.push(what);
const mutationOf = (req: DBCoreMutateRequest) =>
  req.type === 'put' || req.type === 'add'
    ? `${req.type} ${req.values.map((v) => (v as { id: string }).id).join(',')}`
    : req.type;
const dealsTracker = watchTables('one-trip-deals-tracker', (table, name) => {
  if (name !== 'deals') return table;
  return {
    ...table,
    get: (req) => (note(`get ${String(req.key)}`), table.get(req)),
    getMany: (req) => (note(`getMany ${req.keys.join(',')}`), table.getMany(req)),
    query: (req) => (note('query'), table.query(req)),
    openCursor: (req) => (note('openCursor'), table.openCursor(req)),
    count: (req) => (note('count'), table.count(req)),
    mutate: (req) => (note(mutationOf(req)), table.mutate(req)),
  };
});

/** While recording: per transaction, the requests in flight and the rounds begun. */
let rounds: Map<object, { inFlight: number; rounds: number }> | null = null;

function counted<T>(trans: object, run: () => Promise<T>): Promise<T> {
  if (!rounds) return run();
  const state = rounds.get(trans) ?? { inFlight: 0, rounds: 0 };
  rounds.set(trans, state);
  if (state.inFlight === 0) state.rounds += 1;
  state.inFlight += 1;
  const done = () => (state.inFlight -= 1);
  return run().then(
    (value) => (done(), value),
    (error: unknown) => {
      done();
      throw error;
    },
  );
}

const roundCounter = watchTables('round-counter', (table) => {
  return {
    ...table,
    get: (req) => counted(req.trans, () => table.get(req)),
    getMany: (req) => counted(req.trans, () => table.getMany(req)),
    query: (req) => counted(req.trans, () => table.query(req)),
    openCursor: (req) => counted(req.trans, () => table.openCursor(req)),
    count: (req) => counted(req.trans, () => table.count(req)),
    mutate: (req) => counted(req.trans, () => table.mutate(req)),
  };
});

let h: Harness;
let client: RpcClient;
let pipeline: Pipeline;
const stage = (kind: string) => pipeline.stages.find((s) => s.kind === kind)!;

beforeEach(async () => {
  h = await startHarness({ middlewares: [dealsTracker, roundCounter] });
  client = h.connect();
  [pipeline] = (await client.call('pipelines.list', {})) as [Pipeline];
});
afterEach(async () => {
  recording = null;
  rounds = null;
  await h.close();
});

/** Run one command, recording what it does to the `deals` table. */
async function recorded<K extends MethodName>(
  method: K,
  input: InputOf<K>,
): Promise<{ result: ResultOf<K>; touched: string[] }> {
  const touched: string[] = [];
  recording = touched;
  try {
    return { result: await client.call(method, input), touched };
  } finally {
    recording = null;
  }
}

/** Run one transition, recording what it does to the `deals` table. */
const recordedMove = (input: InputOf<'deals.transition'>) => recorded('deals.transition', input);

/** A lead with a rep's touch and an open next step, so every kept field has something to show. */
async function busyLead() {
  const deal = await client.call('deals.create', {
    title: 'Cold-chain sensors',
    companyName: 'Polar Freight',
    contactName: 'Ines Roth',
    contactEmail: 'ines@polar.example',
    source: 'event',
    value: 42_000,
  });
  await client.call('activities.log', { dealId: deal.id, type: 'call', subject: 'Intro call' });
  await client.call('activities.log', { dealId: deal.id, type: 'signal', signal: 'trial-request' });
  await client.call('followUps.create', { dealId: deal.id, dueAt: h.clock.now() + 86_400_000, type: 'call' });
  h.clock.advance(3_600_000);
  return deal;
}

describe('a stage move is one round trip', () => {
  it('reads the deal row once, writes it once, and returns the card board.cards reads afterwards', async () => {
    const deal = await busyLead();
    const { result, touched } = await recordedMove({
      dealId: deal.id,
      request: { kind: 'move', toStageId: stage('nurturing').id },
    });
    expect(touched).toEqual([`get ${deal.id}`, `put ${deal.id}`]);
    expect(result.deal.stageId).toBe(stage('nurturing').id);
    // What the store keeps on the deal is what it returned, and the card is the board's own.
    expect((await client.call('deals.get', { id: deal.id })).deal).toEqual(result.deal);
    expect(result.card).not.toBeNull();
    expect(result.card).toMatchObject({ stageId: stage('nurturing').id, nextFollowUpAt: expect.any(Number) });
    expect(await client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] })).toEqual([
      result.card,
    ]);
  });

  it('a move into Post-Sale creates the checklist in the same single pass, and the card shows it', async () => {
    const { deal } = await createWonDeal(client, { toPostSale: false });
    const { result, touched } = await recordedMove({
      dealId: deal.id,
      request: { kind: 'move', toStageId: stage('post-sale').id },
    });
    expect(result.decision.startsHandoff).toBe(true);
    expect(touched).toEqual([`get ${deal.id}`, `put ${deal.id}`]);
    expect(result.card?.handoff).toMatchObject({ done: 0, total: expect.any(Number) });
    expect(result.card!.handoff!.total).toBeGreaterThan(0);
    expect(await client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] })).toEqual([
      result.card,
    ]);
  });

  it('a deal that leaves the board (lost) returns no card, as board.cards then shows none', async () => {
    const deal = await busyLead();
    const settings = await client.call('settings.get', {});
    const { result, touched } = await recordedMove({
      dealId: deal.id,
      request: { kind: 'lose', reason: settings.lostReasons[0]! },
    });
    expect(result.deal.status).toBe('lost');
    expect(touched).toEqual([`get ${deal.id}`, `put ${deal.id}`]);
    expect(result.card).toBeNull();
    expect(await client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] })).toEqual([]);
  });

  it('a blocked move reads the deal once and writes nothing', async () => {
    const deal = await busyLead();
    const before = await client.call('deals.get', { id: deal.id });
    const recorded: string[] = [];
    recording = recorded;
    const error = await client
      .call('deals.transition', { dealId: deal.id, request: { kind: 'move', toStageId: stage('mql').id } })
      .catch((e: unknown) => e);
    recording = null;
    expect(error).toMatchObject({ code: 'blocked' });
    expect(recorded).toEqual([`get ${deal.id}`]);
    expect(await client.call('deals.get', { id: deal.id })).toEqual(before);
  });
});

describe('undoing a move is one round trip too', () => {
  it('reads the deal row once, writes it once, and returns the card board.cards reads afterwards', async () => {
    const deal = await busyLead();
    const before = (await client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] }))[0]!;
    const moved = await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'move', toStageId: stage('nurturing').id },
    });
    h.clock.advance(60_000);
    const { result, touched } = await recorded('deals.undoTransition', {
      dealId: deal.id,
      historyId: moved.historyId,
    });
    expect(touched).toEqual([`get ${deal.id}`, `put ${deal.id}`]);
    expect(result.deal.stageId).toBe(stage('lead-generation').id);
    // What the store keeps on the deal is what it returned, and the card is the board's own.
    expect((await client.call('deals.get', { id: deal.id })).deal).toEqual(result.deal);
    expect(result.card).toMatchObject({
      stageId: before.stageId,
      stageEnteredAt: before.stageEnteredAt,
      nextFollowUpAt: before.nextFollowUpAt,
      lastActivityAt: before.lastActivityAt,
    });
    expect(await client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] })).toEqual([
      result.card,
    ]);
  });

  it('undoing a loss brings the card back onto the board', async () => {
    const deal = await busyLead();
    const settings = await client.call('settings.get', {});
    const lost = await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'lose', reason: settings.lostReasons[0]! },
    });
    expect(lost.card).toBeNull();
    const { result, touched } = await recorded('deals.undoTransition', {
      dealId: deal.id,
      historyId: lost.historyId,
    });
    expect(touched).toEqual([`get ${deal.id}`, `put ${deal.id}`]);
    expect(result.deal.status).toBe('open');
    expect(result.card).toMatchObject({ id: deal.id, status: 'open' });
    expect(await client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] })).toEqual([
      result.card,
    ]);
  });

  it('an undo refused because the deal changed since reads the deal once and writes nothing', async () => {
    const deal = await busyLead();
    const moved = await client.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'move', toStageId: stage('nurturing').id },
    });
    h.clock.advance(60_000);
    await client.call('deals.update', { id: deal.id, patch: { value: 50_000 } });
    const before = await client.call('deals.get', { id: deal.id });
    const touched: string[] = [];
    recording = touched;
    const error = await client
      .call('deals.undoTransition', { dealId: deal.id, historyId: moved.historyId })
      .catch((e: unknown) => e);
    recording = null;
    expect(error).toMatchObject({ code: 'conflict' });
    expect(touched).toEqual([`get ${deal.id}`]);
    expect(await client.call('deals.get', { id: deal.id })).toEqual(before);
  });
});

/** The rounds of requests each transaction of one call waited on (a move has one transaction). */
async function roundsOf(call: () => Promise<unknown>): Promise<number[]> {
  const seen = new Map<object, { inFlight: number; rounds: number }>();
  rounds = seen;
  try {
    await call();
  } finally {
    rounds = null;
  }
  return [...seen.values()].map((s) => s.rounds);
}

/**
 * The rounds a move waits on here (fake-indexeddb answers each request in its own task, so
 * requests issued together overlap as they do in Chromium): a move took 15 before its reads
 * went out together and the card projection, the rollups and the sequence number were kept side
 * by side, a move into Post-Sale 17; now 3 and 8. The bounds leave one round of room.
 */
const MOVE_ROUNDS = 4;
const POST_SALE_ROUNDS = 9;

/** The rounds of the one transaction a move of `dealId` onto the stage of `kind` waits on. */
async function moveRounds(dealId: string, kind: string): Promise<number> {
  const rounds = await roundsOf(() =>
    client.call('deals.transition', { dealId, request: { kind: 'move', toStageId: stage(kind).id } }),
  );
  expect(rounds).toHaveLength(1);
  return rounds[0]!;
}

describe('a stage move saves in a few rounds of requests', () => {
  it('a move across the board', async () => {
    const deal = await busyLead();
    expect(await moveRounds(deal.id, 'nurturing')).toBeLessThanOrEqual(MOVE_ROUNDS);
  });

  it('a move into Post-Sale also reads the contacts and writes the checklist before its card', async () => {
    const { deal } = await createWonDeal(client, { toPostSale: false });
    expect(await moveRounds(deal.id, 'post-sale')).toBeLessThanOrEqual(POST_SALE_ROUNDS);
  });
});
