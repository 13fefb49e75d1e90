import { describe, expect, it } from 'vitest';
import { cardViews } from './cardView';
import { NO_FILTERS } from './filterCards';
import { missingSearchKeys, searchKey } from './searchKey';
import { card, NOW, pipeline } from './testing/cards';
import { FILTER_AT_ONCE, FILTER_AT_ONCE_LARGE, filtersAtOnce, LARGE_BOARD } from './useFilteredColumns';

const views = (n: number) =>
  cardViews(
    Array.from({ length: n }, (_, i) => card({ title: `Deal ${i}` })),
    pipeline,
    NOW,
  );
const search = { ...NO_FILTERS, text: 'deal 1' };

describe('filtersAtOnce', () => {
  it('a text search on a board of up to LARGE_BOARD cards runs at once, with no search key built', () => {
    const candidates = views(FILTER_AT_ONCE + 10);
    const jobs = [
      { stageId: 'a', candidates: candidates.slice(0, 100) },
      { stageId: 'b', candidates: candidates.slice(100) },
    ];
    expect(filtersAtOnce(jobs, search, LARGE_BOARD)).toBe(true);
    expect(missingSearchKeys(candidates, Infinity)).toBe(candidates.length);
    // Other filters test each card: over FILTER_AT_ONCE, a slice at a time.
    expect(filtersAtOnce(jobs, { ...NO_FILTERS, scoreMin: 5 }, LARGE_BOARD)).toBe(false);
  });

  it('more than FILTER_AT_ONCE cards to test for other filters than a text search are sliced', () => {
    const candidates = views(FILTER_AT_ONCE + 1);
    const scored = { ...NO_FILTERS, scoreMin: 5 };
    expect(filtersAtOnce([{ stageId: 'a', candidates }], scored, FILTER_AT_ONCE + 1)).toBe(false);
    expect(
      filtersAtOnce([{ stageId: 'a', candidates: candidates.slice(1) }], scored, FILTER_AT_ONCE + 1),
    ).toBe(true);
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
