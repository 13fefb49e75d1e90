import { describe, expect, it } from 'vitest';
import { cardViews } from './cardView';
import { NO_FILTERS } from './filterCards';
import { searchKey } from './searchKey';
import { card, NOW, pipeline } from './testing/cards';
import {
  FILTER_AT_ONCE,
  FILTER_AT_ONCE_LARGE,
  filtersAtOnce,
  KEYS_AT_ONCE,
  LARGE_BOARD,
} from './useFilteredColumns';

const views = (n: number) =>
  cardViews(
    Array.from({ length: n }, (_, i) => card({ title: `Deal ${i}` })),
    pipeline,
    NOW,
  );
const search = { ...NO_FILTERS, text: 'deal 1' };

describe('filtersAtOnce', () => {
  it('a first search over more cards than KEYS_AT_ONCE without keys is sliced; once keys are built, it runs at once', () => {
    const candidates = views(KEYS_AT_ONCE + 10);
    const jobs = [
      { stageId: 'a', candidates: candidates.slice(0, 100) },
      { stageId: 'b', candidates: candidates.slice(100) },
    ];
    expect(filtersAtOnce(jobs, search)).toBe(false);
    // Filters that need no search key never wait for keys.
    expect(filtersAtOnce(jobs, { ...NO_FILTERS, scoreMin: 5 })).toBe(true);
    candidates.forEach((v) => searchKey(v.card));
    expect(filtersAtOnce(jobs, search)).toBe(true);
  });

  it('more than FILTER_AT_ONCE cards to test are always sliced', () => {
    const candidates = views(FILTER_AT_ONCE + 1);
    candidates.forEach((v) => searchKey(v.card));
    expect(filtersAtOnce([{ stageId: 'a', candidates }], search)).toBe(false);
    expect(filtersAtOnce([{ stageId: 'a', candidates: candidates.slice(1) }], search)).toBe(true);
  });

  it('on a board of more than LARGE_BOARD cards, more than FILTER_AT_ONCE_LARGE cards to test are sliced', () => {
    const candidates = views(FILTER_AT_ONCE_LARGE + 1);
    candidates.forEach((v) => searchKey(v.card));
    const jobs = [{ stageId: 'a', candidates }];
    expect(filtersAtOnce(jobs, search, LARGE_BOARD)).toBe(true);
    expect(filtersAtOnce(jobs, search, LARGE_BOARD + 1)).toBe(false);
    expect(filtersAtOnce([{ stageId: 'a', candidates: candidates.slice(1) }], search, LARGE_BOARD + 1)).toBe(
      true,
    );
  });
});
