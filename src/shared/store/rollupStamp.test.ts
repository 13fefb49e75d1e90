import { describe, expect, it } from 'vitest';
import { partOf } from '../domains/insights/contribution';
import { createSumCache } from './rollupStamp';

const part = (key: string, n: number) => partOf(JSON.stringify(['p', 'deals', -1, key]), [n]);

describe('the sums a store service keeps', () => {
  it('are the sums only at the stamp they were read or written at', () => {
    const cache = createSumCache();
    expect(cache.at(undefined)).toBeNull();
    const read = cache.fill('other:1', [part('EUR', 2)]);
    expect(cache.at('other:1')).toBe(read);
    const stamp = cache.wrote([
      [part('EUR', 3).id, part('EUR', 3)],
      [part('USD', 1).id, part('USD', 1)],
    ]);
    expect(stamp).not.toBe('other:1');
    expect(cache.at('other:1')).toBeNull(); // written since: that stamp is not theirs any more
    expect([...cache.at(stamp)!.values()]).toEqual([part('EUR', 3), part('USD', 1)]);
    const next = cache.wrote([[part('EUR', 3).id, null]]);
    expect([...cache.at(next)!.values()]).toEqual([part('USD', 1)]);
    expect(cache.at('another tab:7')).toBeNull();
  });

  it('are not kept once the table holds more rows than the limit', () => {
    const cache = createSumCache(1);
    expect(cache.fill('s', [part('EUR', 1), part('USD', 1)])).toBeNull();
    expect(cache.whole).toBe(false);
    expect(cache.at(cache.wrote([]))).toBeNull();
  });
});
