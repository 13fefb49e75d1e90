import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/rpc/views';
import { boardRefreshFor, ownMoveIds } from './boardData';
import { loadMethodReads } from './methodReads';

// The contract's tables are loaded after the app's code (methodReads.ts): these tests are about after.
beforeAll(() => loadMethodReads());

const event = (tables: string[], dealIds: string[]): ChangeEvent => ({
  tables,
  method: 'x',
  silent: false,
  dealIds,
});

describe('boardRefreshFor', () => {
  it('patches when a command names the deals it wrote', () => {
    expect(boardRefreshFor(event(['deals', 'stageHistory'], ['d1']))).toBe('patch');
  });
  it('reloads for pipeline edits and for very large changes', () => {
    expect(boardRefreshFor(event(['pipelines', 'deals'], ['d1']))).toBe('reload');
    expect(
      boardRefreshFor(
        event(
          ['deals'],
          Array.from({ length: 401 }, (_, i) => `d${i}`),
        ),
      ),
    ).toBe('reload');
  });
  it('patches the cards a person edit changed (the store names the deals whose cards it recomputed)', () => {
    expect(boardRefreshFor(event(['contacts', 'cards'], ['d1', 'd2']))).toBe('patch');
  });
  it('reloads when every card was rebuilt (a restore names every deal)', () => {
    expect(
      boardRefreshFor(
        event(
          ['cards', 'handoffs'],
          Array.from({ length: 401 }, (_, i) => `d${i}`),
        ),
      ),
    ).toBe('reload');
  });
  it('ignores changes that touch no deal (a reminder marked fired, settings)', () => {
    expect(boardRefreshFor(event(['followUps'], []))).toBe('none');
  });
  it('ignores silent bookkeeping even when it names deals', () => {
    expect(boardRefreshFor({ ...event(['deals'], ['d1']), silent: true })).toBe('none');
  });
});

describe('ownMoveIds', () => {
  const saving = (id: string) => id === 'mine';
  it('leaves to the move’s own result the deals this window is moving', () => {
    expect(
      ownMoveIds({ ...event(['deals'], ['mine', 'theirs']), method: 'deals.transition' }, saving),
    ).toEqual(['mine']);
  });
  it('leaves the undo of a move to its own result too (it carries the card back)', () => {
    expect(ownMoveIds({ ...event(['deals'], ['mine']), method: 'deals.undoTransition' }, saving)).toEqual([
      'mine',
    ]);
  });
  it('answers nothing for other commands, even on a deal being moved here', () => {
    expect(ownMoveIds({ ...event(['deals'], ['mine']), method: 'deals.update' }, saving)).toEqual([]);
  });
});
