import { createDefaultPipeline } from '../../../shared/engine';
import type { BoardSnapshot } from '../state/boardSnapshot';

/** A stored start-up snapshot of an empty default board (for tests of what a snapshot changes). */
export function emptyBoardSnapshot(): BoardSnapshot {
  let n = 0;
  const pipeline = createDefaultPipeline(() => `s-${++n}`, 0);
  return {
    version: 1,
    savedAt: 1,
    pipeline,
    currency: { home: 'EUR', rates: {} },
    columns: Object.fromEntries(
      pipeline.stages.map((s) => [s.id, { count: 0, total: 0, weighted: 0, unconverted: 0 }]),
    ),
    total: 0,
    cards: [],
  };
}
