/**
 * The board's first page: small when it is shown at once (no start-up snapshot stands in for the
 * board), as large as a later page behind a snapshot, so a board that fits is read in one trip.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBoardSnapshot } from '../testing/boardSnapshot';

const snapshot = emptyBoardSnapshot();
const { pipeline } = snapshot;
const paging = { first: 2, page: 3 };

// Fresh modules per test: the start snapshot is read once per window.
const load = () => import('./boardData');

describe('the first page asked for', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('is small and counted when no snapshot stands in for the board', async () => {
    const { firstPageInput } = await load();
    expect(firstPageInput(null, paging)).toEqual({ after: null, limit: 2, split: 3, count: true });
  });

  it('holds as many cards as a later page behind the snapshot of that board', async () => {
    (await import('./boardSnapshot')).saveBoardSnapshot(snapshot);
    vi.resetModules();
    const { firstPageInput } = await load();
    const behind = { after: null, limit: 6, split: 3, count: false };
    expect(firstPageInput(null, paging)).toEqual(behind);
    expect(firstPageInput(pipeline.id, paging)).toEqual(behind);
    // Another pipeline's board is shown from its first page: small, with its count.
    expect(firstPageInput('another-pipeline', paging)).toEqual({
      after: null,
      limit: 2,
      split: 3,
      count: true,
    });
  });

  it('never asks more than the store serves in one page', async () => {
    (await import('./boardSnapshot')).saveBoardSnapshot(snapshot);
    vi.resetModules();
    const { firstPageInput } = await load();
    const { BOARD_PAGE_MAX } = await import('../../../shared/domains/board/contract');
    expect(firstPageInput(null, { first: 1_000, page: BOARD_PAGE_MAX }).limit).toBe(BOARD_PAGE_MAX);
  });
});
