import { describe, expect, it } from 'vitest';
import type { BoardCard, ChangeEvent } from '../../../shared/rpc/views';
import { boardRefreshFor, ownMoveIds, patchCards } from './boardData';

const card = (id: string, stageId = 's1', title = id): BoardCard => ({
  id,
  title,
  stageId,
  companyName: '',
  value: 0,
  probability: null,
  score: 0,
  status: 'open',
  source: 'event',
  stageEnteredAt: 0,
  lastActivityAt: 0,
  nextFollowUpAt: null,
  pausedUntil: null,
  expectedClose: null,
  handoff: null,
  contactEmail: '',
  contactName: '',
});
const event = (tables: string[], dealIds: string[]): ChangeEvent => ({
  tables,
  method: 'x',
  silent: false,
  dealIds,
});

describe('patchCards', () => {
  it('replaces changed cards in place, drops the ones that left the board, and appends new ones', () => {
    const before = [card('a'), card('b'), card('c')];
    const after = patchCards(before, ['b', 'c', 'd'], [card('b', 's2'), card('d')]);
    expect(after.map((c) => [c.id, c.stageId])).toEqual([
      ['a', 's1'],
      ['b', 's2'],
      ['d', 's1'],
    ]);
  });

  it('leaves untouched cards as the same objects (no needless re-render)', () => {
    const before = [card('a'), card('b')];
    const after = patchCards(before, ['b'], [card('b', 's3')]);
    expect(after[0]).toBe(before[0]);
  });
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
  it('answers nothing for other commands, even on a deal being moved here', () => {
    expect(ownMoveIds({ ...event(['deals'], ['mine']), method: 'deals.update' }, saving)).toEqual([]);
  });
});
