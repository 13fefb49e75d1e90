/**
 * A large board loaded anew whose last page's card views are still to derive (the others were
 * derived while the pages arrived): they are derived a slice per task, not in the render that
 * receives the board, and the board is then drawn with its columns sorted ahead.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardData } from '../../../../shared/rpc/views';
import { BoardColumns } from './boardColumns';
import { NO_FILTERS, sortCards } from './filterCards';
import { card, NOW, pipeline } from './testing/cards';
import { DERIVE_AT_ONCE, useWarmBoard, type WarmBoard } from './useWarmBoard';

const DOLLARS = { home: 'USD', rates: {} };
const SORTS = {};
let drawn: (WarmBoard | null)[] = [];

function Probe({ model, data }: { model: BoardColumns; data: BoardData }) {
  drawn.push(useWarmBoard(model, data, NOW, SORTS, DOLLARS));
  return null;
}

let root: Root;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  root = createRoot(document.createElement('div'));
  drawn = [];
});
afterEach(() => act(() => root.unmount()));

describe('useWarmBoard', () => {
  it(
    'derives the views a large board still lacks in slices, not in the render that receives it',
    { timeout: 60_000 },
    async () => {
      const cards = Array.from({ length: DERIVE_AT_ONCE + 1_000 }, (_, i) =>
        card({ title: `deal ${i}`, value: (i * 37) % 1000, stageEnteredAt: NOW - (i % 50) * 3_600_000 }),
      );
      const model = new BoardColumns();
      // Every page but the last derived ahead.
      model.warmViews(cards, pipeline, NOW, 0, DERIVE_AT_ONCE);
      const data: BoardData = { pipeline, cards };
      act(() => root.render(<Probe model={model} data={data} />));
      expect(model.missingViews(cards, pipeline, NOW, Infinity)).toBe(1_000);
      expect(drawn.at(-1)).toBeNull();
      // Slices on a machine many times slower than this one: up to 50 s.
      const until = Date.now() + 50_000;
      while (drawn.at(-1)?.data !== data && Date.now() < until)
        await act(() => new Promise((r) => setTimeout(r, 5)));
      expect(drawn.at(-1)?.data).toBe(data);
      expect(model.missingViews(cards, pipeline, NOW, Infinity)).toBe(0);
      // Drawn from the orders sorted ahead: what a whole sort gives.
      const [first] = model.filtered(
        model.sorted(model.views(cards, pipeline, NOW), pipeline, SORTS),
        NO_FILTERS,
        pipeline,
        DOLLARS,
      );
      const views = model.views(cards, pipeline, NOW);
      expect(first!.shown.map((v) => v.card.id)).toEqual(sortCards(views, 'urgency').map((v) => v.card.id));
    },
  );
});
