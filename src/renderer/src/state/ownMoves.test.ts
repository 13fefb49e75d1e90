import { afterEach, describe, expect, it } from 'vitest';
import type { MoveLanding } from './ownMoves';
import { isSavingOwnMove, onOwnMoveLanded, saveOwnMove } from './ownMoves';

const landing = { deal: { pipelineId: 'p1' }, card: null } as unknown as MoveLanding;
const heard: [string, MoveLanding | null][] = [];
const off = onOwnMoveLanded((dealId, landed) => heard.push([dealId, landed]));
afterEach(() => {
  heard.length = 0;
});

describe('saveOwnMove', () => {
  it('marks the deal as being saved until the store answers, then hands the result over', async () => {
    let answer: (value: MoveLanding) => void = () => undefined;
    const saved = saveOwnMove('d1', () => new Promise<MoveLanding>((resolve) => (answer = resolve)));
    expect(isSavingOwnMove('d1')).toBe(true);
    expect(isSavingOwnMove('d2')).toBe(false);
    answer(landing);
    await expect(saved).resolves.toBe(landing);
    expect(isSavingOwnMove('d1')).toBe(false);
    expect(heard).toEqual([['d1', landing]]);
  });

  it('a failed save is told as null and rethrown', async () => {
    await expect(saveOwnMove('d1', () => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    );
    expect(isSavingOwnMove('d1')).toBe(false);
    expect(heard).toEqual([['d1', null]]);
  });

  it('two moves of one deal in flight keep it marked until both are answered', async () => {
    const first = saveOwnMove('d1', () => Promise.resolve(landing));
    const second = saveOwnMove('d1', () => new Promise<MoveLanding>(() => undefined));
    await first;
    expect(isSavingOwnMove('d1')).toBe(true);
    void second;
  });

  it('stops telling a listener once it unsubscribes', async () => {
    off();
    await saveOwnMove('d3', () => Promise.resolve(landing));
    expect(heard).toEqual([]);
  });
});
