import { describe, expect, it } from 'vitest';
import { sharedAnswer } from './sharedAnswer';

describe('sharedAnswer', () => {
  const old = {
    now: 1,
    funnel: [
      { name: 'Lead', count: 2 },
      { name: 'Won', count: 1 },
    ],
    activity: [{ week: 'W1', byType: { call: 3 } }],
    pipeline: { id: 'p', stages: [{ id: 's1' }] },
  };

  it('keeps every part that did not change, and builds the ones that did', () => {
    const next = structuredClone(old);
    next.now = 2;
    next.funnel[1]!.count = 2;
    const shared = sharedAnswer(old, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(old);
    expect(shared.activity).toBe(old.activity);
    expect(shared.pipeline).toBe(old.pipeline);
    expect(shared.funnel).not.toBe(old.funnel);
    expect(shared.funnel[0]).toBe(old.funnel[0]);
    expect(shared.funnel[1]).not.toBe(old.funnel[1]);
  });

  it('returns the old answer itself when nothing changed', () => {
    expect(sharedAnswer(old, structuredClone(old))).toBe(old);
  });

  it('sees added, removed and renamed keys and items, and other types', () => {
    expect(sharedAnswer({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(sharedAnswer({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    const renamed = sharedAnswer<Record<string, unknown>>({ a: undefined }, { b: undefined });
    expect(Object.keys(renamed)).toEqual(['b']);
    expect(sharedAnswer([1, 2], [1])).toEqual([1]);
    expect(sharedAnswer([1], [1, 2])).toEqual([1, 2]);
    expect(sharedAnswer(null, { a: 1 })).toEqual({ a: 1 });
    expect(sharedAnswer({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    const date = new Date(0);
    expect(sharedAnswer(new Date(0), date)).toBe(date);
    expect(sharedAnswer(Number.NaN, Number.NaN)).toBeNaN();
  });
});
