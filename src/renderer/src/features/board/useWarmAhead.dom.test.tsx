/**
 * A large board's card views are derived while its pages arrive (`useWarmAhead` given to
 * `useBoardData`), not all at once after the last: when the load is complete, only the last
 * page's cards can still lack a view, and shortly after none does. Without it, every card of
 * the board waited for the last page.
 */
import { act, useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useBoardData, type BoardLoad } from '../../state/boardData';
import { renderedWithStore } from '../../testing/storeDom';
import { BoardColumns } from './boardColumns';
import { useWarmAhead } from './useWarmBoard';

const dom = renderedWithStore();
const NOW = Date.UTC(2026, 11, 6, 9);
const PAGING = { first: 2, page: 3 };
const model = new BoardColumns();
let atComplete: number | null = null;
let last: BoardLoad | null = null;

function Probe() {
  const load = useBoardData(null, { paging: PAGING, onArrive: useWarmAhead(model, NOW) });
  useEffect(() => {
    last = load;
    const { data } = load;
    if (load.progress.complete && data && atComplete === null)
      atComplete = model.missingViews(data.cards, data.pipeline, NOW, Infinity);
  });
  return null;
}

describe('useWarmAhead', () => {
  it('derives each page’s card views as it arrives', async () => {
    await dom.client.call('sample.load', { count: 16, seed: 2 });
    const board = await dom.client.call('board.get', {});
    expect(board.cards.length).toBeGreaterThan(PAGING.page * 3);
    act(() => dom.root.render(<Probe />));
    await dom.settle(() => atComplete !== null);
    // Only the last page (a range is read up to twice the page size) can still be waiting.
    expect(atComplete).toBeLessThanOrEqual(PAGING.page * 2);
    const { data } = last!;
    await dom.settle(() => model.missingViews(data!.cards, data!.pipeline, NOW, Infinity) === 0);
    expect(data!.cards).toHaveLength(board.cards.length);
  });
});
