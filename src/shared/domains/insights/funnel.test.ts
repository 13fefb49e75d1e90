import { describe, expect, it } from 'vitest';
import { funnel } from './funnel';
import { deals, pipeline } from './testing/fixture';

describe('funnel', () => {
  it('counts and sums the open and won deals of the pipeline by current stage (the board columns)', () => {
    expect(funnel(deals, pipeline)).toEqual([
      { id: 's1', name: 'Lead', count: 2, value: 600 }, // d3 + d5; d6 is disqualified
      { id: 's2', name: 'MQL', count: 0, value: 0 }, // d2 and d7 were lost there
      { id: 's3', name: 'SQL', count: 1, value: 3000 },
      { id: 's4', name: 'Closed', count: 1, value: 1000 }, // won deals stay on the board
    ]);
  });

  it('lists every stage even with no deals at all', () => {
    expect(funnel([], pipeline).map((r) => [r.id, r.count, r.value])).toEqual([
      ['s1', 0, 0],
      ['s2', 0, 0],
      ['s3', 0, 0],
      ['s4', 0, 0],
    ]);
  });
});
