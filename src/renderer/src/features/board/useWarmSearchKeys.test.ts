import { describe, expect, it } from 'vitest';
import { missingSearchKeys, searchKey } from './searchKey';
import { card } from './testing/cards';
import { warmSearchKeys } from './useWarmSearchKeys';

const views = (n: number) => Array.from({ length: n }, (_, i) => ({ card: card({ title: `Deal ${i}` }) }));

describe('warmSearchKeys', () => {
  it('builds keys while there is time, stops when there is none, and goes on from there', () => {
    const list = views(1_000);
    const cards = list.map((v) => v.card);
    const stopped = warmSearchKeys(cards, 0, () => false);
    expect(stopped).toBeGreaterThan(0);
    expect(stopped).toBeLessThan(cards.length);
    expect(missingSearchKeys(list, Infinity)).toBe(cards.length - stopped);
    let asked = 0;
    expect(warmSearchKeys(cards, stopped, () => (asked++, true))).toBe(cards.length);
    expect(asked).toBeGreaterThan(0);
    expect(missingSearchKeys(list, Infinity)).toBe(0);
    expect(searchKey(cards[999]!)).toContain('deal 999');
  });

  it('counts missing keys only up to the limit asked', () => {
    expect(missingSearchKeys(views(50), 10)).toBe(10);
  });
});
