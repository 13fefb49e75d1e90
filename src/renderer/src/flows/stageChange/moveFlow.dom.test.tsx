/**
 * A move's save is one round trip for the window that made it: the board applies the card the
 * move returns and does not ask `board.cards` again. Another window, which did not make the
 * move, still refreshes that card from the change event. Against the real store.
 */
import { act, useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { RpcClient } from '../../../../shared/rpc/client';
import type { MethodName } from '../../../../shared/rpc/contract';
import type { BoardData } from '../../../../shared/rpc/views';
import type { Platform } from '../../platform/types';
import { useBoardData } from '../../state/boardData';
import type { LiveQuery } from '../../state/liveQuery';
import { setPlatform } from '../../state/session';
import { renderedWithStore } from '../../testing/storeDom';
import { dropOnStage, requestTransition } from './moveFlow';

const dom = renderedWithStore();
let board: LiveQuery<BoardData> = { status: 'loading', data: null, error: null };

function Probe() {
  const data = useBoardData(null);
  useEffect(() => {
    board = data;
  });
  return null;
}

/** The store as this window uses it, with every method it calls written down. */
function countCalls(): MethodName[] {
  const calls: MethodName[] = [];
  const { client } = dom;
  const store: RpcClient = {
    ...client,
    call: (method, input) => (calls.push(method), client.call(method, input)),
  };
  setPlatform({
    kind: 'browser',
    store,
    onReconnect: () => () => undefined,
  } as unknown as Platform);
  return calls;
}

const cardOf = (id: string) => board.data?.cards.find((c) => c.id === id);
const stageOf = (kind: string) => board.data!.pipeline.stages.find((s) => s.kind === kind)!;

async function boardWithLead(calls: MethodName[]) {
  const deal = await dom.client.call('deals.create', {
    title: 'Harbour cranes',
    companyName: 'Quay Works',
    contactName: 'Ola Dahl',
    contactEmail: 'ola@quay.example',
    source: 'event',
    value: 18_000,
  });
  act(() => dom.root.render(<Probe />));
  await dom.settle(() => !!cardOf(deal.id));
  calls.length = 0;
  return deal;
}

describe('a move on the board', () => {
  it('is applied from the move’s own result: no second call for the card', async () => {
    const calls = countCalls();
    const deal = await boardWithLead(calls);
    const nurturing = stageOf('nurturing');
    await act(() => dropOnStage(deal.id, deal.title, nurturing.id, nurturing.kind));
    await dom.settle(() => cardOf(deal.id)?.stageId === nurturing.id);
    expect(calls).toEqual(['deals.transition']);
    // The card shown is the one the board would read.
    const [stored] = await dom.client.call('board.cards', {
      pipelineId: board.data!.pipeline.id,
      ids: [deal.id],
    });
    expect(cardOf(deal.id)).toEqual(stored);
  });

  it('a deal lost from this window leaves the board without a second call', async () => {
    const calls = countCalls();
    const deal = await boardWithLead(calls);
    const { lostReasons } = await dom.client.call('settings.get', {});
    await act(async () => {
      await requestTransition(deal.id, deal.title, { kind: 'lose', reason: lostReasons[0]! });
    });
    await dom.settle(() => !cardOf(deal.id));
    expect(calls).toEqual(['deals.transition']);
  });

  it('a move made in another window is refreshed from the change event', async () => {
    const calls = countCalls();
    const deal = await boardWithLead(calls);
    const nurturing = stageOf('nurturing');
    const other = dom.harness.connect();
    await other.call('deals.transition', {
      dealId: deal.id,
      request: { kind: 'move', toStageId: nurturing.id },
    });
    await dom.settle(() => cardOf(deal.id)?.stageId === nurturing.id);
    expect(calls).toEqual(['board.cards']);
  });
});
