/**
 * The board loaded page by page against the real store: it ends whole (every card once, the
 * same as `board.get`), the first page is shown before the last arrives, and a change made by
 * another window between two pages is on the board at the end.
 */
import { act, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RpcClient } from '../../../shared/rpc/client';
import type { BoardCard } from '../../../shared/rpc/views';
import type { Platform } from '../platform/types';
import { renderedWithStore } from '../testing/storeDom';
import { useBoardData, type BoardLoad } from './boardData';
import { readFirstPageEarly } from './boardEarly';
import { setPlatform } from './session';

const dom = renderedWithStore();
let seen: BoardLoad[] = [];

function Probe({ shown = true }: { shown?: boolean }) {
  const data = useBoardData(null, { paging: { first: 2, page: 3 }, shown });
  useEffect(() => {
    seen.push(data);
  });
  return null;
}

const byId = (a: BoardCard, b: BoardCard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const last = () => seen.at(-1)!;

/**
 * The window's store, running `before` once just ahead of its second page (or, with
 * `answered`, once the second page is read, every later page's answer held back until it is done).
 */
function storeWith(before: () => Promise<void>, answered = false): void {
  const { client } = dom;
  let pages = 0;
  let done: Promise<void> | null = null;
  const store: RpcClient = {
    ...client,
    call: async (method, input) => {
      const nth = method === 'board.page' ? ++pages : 0;
      if (nth === 2 && !answered) await before();
      const answer = await client.call(method, input);
      if (nth === 2 && answered) done = before();
      if (nth >= 2 && answered) await done;
      return answer;
    },
  };
  setPlatform({ kind: 'browser', store, onReconnect: () => () => undefined } as unknown as Platform);
}

describe('useBoardData, page by page', () => {
  it('shows the first page, then the whole board once, with a change made between pages', async () => {
    seen = [];
    await dom.client.call('sample.load', { count: 14, seed: 5 });
    const before = await dom.client.call('board.get', {});
    const [first, second] = before.pipeline.stages;
    const moved = [...before.cards].sort(byId).find((c) => c.stageId === first!.id)!;
    const other = dom.harness.connect();
    storeWith(async () => {
      await other.call('deals.transition', {
        dealId: moved.id,
        request: { kind: 'move', toStageId: second!.id },
      });
    });
    act(() => dom.root.render(<Probe />));
    await dom.settle(
      () =>
        last().progress.complete && last().data?.cards.find((c) => c.id === moved.id)?.stageId === second!.id,
    );
    const partial = seen.find((s) => s.data && !s.progress.complete);
    expect(partial?.data?.cards.length).toBeLessThan(before.cards.length);
    const after = await dom.client.call('board.get', {});
    const cards = last().data!.cards;
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect([...cards].sort(byId)).toEqual([...after.cards].sort(byId));
    expect(last().progress).toMatchObject({
      complete: true,
      loaded: after.cards.length,
      total: before.cards.length,
    });
  });

  it('loses no change made while the ranges the store held at the first page are read', async () => {
    // The store answers the ranges from the leaves its first page read: a write after that
    // page is not in them, even in a range sent after the write was announced.
    seen = [];
    await dom.client.call('sample.load', { count: 14, seed: 5 });
    const before = await dom.client.call('board.get', {});
    const lost = [...before.cards].sort(byId).at(-1)!; // in the last range, sent after the write
    const { lostReasons } = await dom.client.call('settings.get', {});
    let announced = false;
    const off = dom.client.on('store.changed', () => (announced = true));
    storeWith(async () => {
      await dom.harness.connect().call('deals.transition', {
        dealId: lost.id,
        request: { kind: 'lose', reason: lostReasons[0]! },
      });
      await dom.settle(() => announced); // this window has heard of it before the last range is sent
    }, true);
    act(() => dom.root.render(<Probe />));
    await dom.settle(() => last().progress.complete);
    off();
    const cards = last().data!.cards;
    expect(cards.map((c) => c.id)).not.toContain(lost.id);
    expect([...cards].sort(byId)).toEqual([...(await dom.client.call('board.get', {})).cards].sort(byId));
  });

  it('takes the first page asked for at start-up, unless a change was committed since it was sent', async () => {
    await dom.client.call('sample.load', { count: 9, seed: 7 });
    const before = await dom.client.call('board.get', {});
    const { client } = dom;
    let firstPages = 0;
    const store: RpcClient = {
      ...client,
      call: (method, input) => {
        if (method === 'board.page' && (input as { after: string | null }).after === null) firstPages += 1;
        return client.call(method, input);
      },
    };
    setPlatform({ kind: 'browser', store, onReconnect: () => () => undefined } as unknown as Platform);
    const early = { after: null, limit: 2, split: 3, count: true }; // no snapshot here: the count is shown

    seen = [];
    readFirstPageEarly(store, early);
    act(() => dom.root.render(<Probe />));
    await dom.settle(() => last().progress.complete);
    expect(firstPages).toBe(1);
    expect([...last().data!.cards].sort(byId)).toEqual([...before.cards].sort(byId));
    act(() => dom.root.render(null));

    // Sent, then a deal moved by another window: that first page may predate the move, so it is read again.
    seen = [];
    firstPages = 0;
    readFirstPageEarly(store, early);
    const moved = before.cards.find((c) => c.stageId === before.pipeline.stages[0]!.id)!;
    let announced = false;
    const off = client.on('store.changed', () => (announced = true));
    await dom.harness.connect().call('deals.transition', {
      dealId: moved.id,
      request: { kind: 'move', toStageId: before.pipeline.stages[1]!.id },
    });
    await dom.settle(() => announced); // the change has reached this window
    off();
    act(() => dom.root.render(<Probe />));
    await dom.settle(() => last().progress.complete);
    expect(last().data!.cards.find((c) => c.id === moved.id)?.stageId).toBe(before.pipeline.stages[1]!.id);
    expect(firstPages).toBe(2);
  });
});

describe('useBoardData, kept hidden behind another view', () => {
  /** Idle callbacks asked for, run only when the test says so. */
  let idle: (() => void)[] = [];
  afterEach(() => {
    act(() => dom.root.render(null)); // its idle wait cancelled while the stubs stand
    vi.unstubAllGlobals();
  });

  /** A whole board on screen, then hidden; returns how many pages it has read since it was hidden. */
  async function hiddenBoard(): Promise<{ pages: () => number; pipelineId: string; name: string }> {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    await dom.client.call('sample.load', { count: 14, seed: 5 });
    const { client } = dom;
    let pages = 0;
    const store: RpcClient = {
      ...client,
      call: (method, input) => {
        if (method === 'board.page') pages += 1;
        return client.call(method, input);
      },
    };
    setPlatform({ kind: 'browser', store, onReconnect: () => () => undefined } as unknown as Platform);
    seen = [];
    act(() => dom.root.render(<Probe />));
    await dom.settle(() => last().progress.complete);
    act(() => dom.root.render(<Probe shown={false} />));
    const { pipeline } = last().data!;
    pages = 0;
    return { pages: () => pages, pipelineId: pipeline.id, name: pipeline.name };
  }

  /** Another window renames the pipeline (a change the board reloads for); resolves once this window heard it. */
  async function renamedElsewhere(pipelineId: string): Promise<void> {
    let announced = false;
    const off = dom.client.on('store.changed', () => (announced = true));
    await dom.harness.connect().call('pipelines.rename', { pipelineId, name: 'Renamed elsewhere' });
    await dom.settle(() => announced);
    off();
    // Anything the change made the board ask for has been asked by now.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it('reads itself again once the page is idle, not while the rep works on the view shown', async () => {
    const board = await hiddenBoard();
    await renamedElsewhere(board.pipelineId);
    expect(board.pages()).toBe(0);
    expect(last().data!.pipeline.name).toBe(board.name); // the board as last shown, kept meanwhile
    act(() => idle.splice(0).forEach((run) => run()));
    await dom.settle(() => last().data!.pipeline.name === 'Renamed elsewhere' && last().progress.complete);
    expect(board.pages()).toBeGreaterThan(0);
  });

  it('reads itself again at once when shown before the page was idle, and only once', async () => {
    const board = await hiddenBoard();
    await renamedElsewhere(board.pipelineId);
    expect(board.pages()).toBe(0);
    act(() => dom.root.render(<Probe />));
    await dom.settle(() => last().data!.pipeline.name === 'Renamed elsewhere' && last().progress.complete);
    const read = board.pages();
    expect(read).toBeGreaterThan(0);
    act(() => idle.splice(0).forEach((run) => run())); // the idle wait, cancelled or not, reads nothing more
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(board.pages()).toBe(read);
  });
});
