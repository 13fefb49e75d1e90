/**
 * A kept answer is given back only while it is what the store would answer: any non-silent
 * change to a table its method reads, a store restart, a change notice between the query and
 * its answer, or a new local day drops it; changes to other tables and bookkeeping keep it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform/types';
import type { ChangeEvent } from '../../../shared/rpc/views';
import { keepingAnswer, keptAnswer } from './keptAnswers';
import { loadMethodReads } from './methodReads';

// The contract's tables are loaded after the app's code (methodReads.ts): these tests are about after.
beforeAll(() => loadMethodReads());

function fakePlatform() {
  let emit: (event: ChangeEvent) => void = () => undefined;
  let restart: () => void = () => undefined;
  const platform = {
    store: {
      on: (_: string, listener: (event: ChangeEvent) => void) => {
        emit = listener;
        return () => undefined;
      },
    },
    onReconnect: (listener: () => void) => {
      restart = listener;
      return () => undefined;
    },
  } as unknown as Platform;
  const change = (tables: string[], silent = false) =>
    emit({ tables, method: 'deals.update', silent, dealIds: [] });
  return { platform, change, restart: () => restart() };
}

const METHOD = 'insights.dashboard';
const KEY = '{"period":"90d"}';
const ANSWER = { funnel: [] };
const NOON = new Date(2026, 11, 6, 12).getTime();

/** Keeps ANSWER as if asked and answered at `at`, with `between` run in between. */
function kept(platform: Platform, between: () => void = () => undefined, at = NOON) {
  const keep = keepingAnswer(platform, METHOD, KEY, at);
  between();
  keep(ANSWER);
}

describe('kept answers', () => {
  it('gives the answer back, the same object, while nothing it reads has changed', () => {
    const { platform, change } = fakePlatform();
    expect(keptAnswer(platform, METHOD, KEY, NOON)).toBeUndefined();
    kept(platform);
    change(['followUps']); // not read by the dashboard
    change(['deals'], true); // bookkeeping
    expect(keptAnswer(platform, METHOD, KEY, NOON + 60_000)).toBe(ANSWER);
    expect(keptAnswer(platform, METHOD, '{"period":"30d"}', NOON)).toBeUndefined();
  });

  it.each([
    ['a change to a table it reads', (f: ReturnType<typeof fakePlatform>) => f.change(['rollups'])],
    ['a store restart', (f: ReturnType<typeof fakePlatform>) => f.restart()],
  ])('drops it after %s', (_, happen) => {
    const f = fakePlatform();
    kept(f.platform);
    happen(f);
    expect(keptAnswer(f.platform, METHOD, KEY, NOON)).toBeUndefined();
    // Asked again and answered with nothing in between: kept again.
    kept(f.platform);
    expect(keptAnswer(f.platform, METHOD, KEY, NOON)).toBe(ANSWER);
  });

  it('never keeps an answer that a change notice overtook (it may predate the change)', () => {
    const f = fakePlatform();
    kept(f.platform, () => f.change(['deals']));
    expect(keptAnswer(f.platform, METHOD, KEY, NOON)).toBeUndefined();
  });

  it('drops it on a new local day (periods are whole days)', () => {
    const { platform } = fakePlatform();
    const lateEvening = new Date(2026, 11, 6, 23, 59).getTime();
    kept(platform, undefined, lateEvening);
    expect(keptAnswer(platform, METHOD, KEY, lateEvening + 30_000)).toBe(ANSWER);
    kept(platform, undefined, lateEvening);
    expect(keptAnswer(platform, METHOD, KEY, lateEvening + 120_000)).toBeUndefined();
  });

  it('keeps a few answers, the latest', () => {
    const { platform } = fakePlatform();
    for (let i = 0; i < 20; i++) keepingAnswer(platform, METHOD, `{"i":${i}}`, NOON)({ i });
    expect(keptAnswer(platform, METHOD, '{"i":19}', NOON)).toEqual({ i: 19 });
    expect(keptAnswer(platform, METHOD, '{"i":0}', NOON)).toBeUndefined();
  });
});
