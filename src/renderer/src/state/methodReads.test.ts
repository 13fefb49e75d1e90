/**
 * Before the store contract is loaded (methodReads.ts), a method's tables are unknown: every
 * change must count as one it reads, so nothing is missed in the moments before it is in.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Platform } from '../platform/types';
import type { ChangeEvent } from '../../../shared/rpc/views';
import { contract } from '../../../shared/rpc/contract';
import type * as MethodReads from './methodReads';

const loaded = { now: false };
vi.mock('./methodReads', () => ({
  readsOf: (method: keyof typeof contract) => (loaded.now ? contract[method].reads : null),
}));

const { boardRefreshFor } = await import('./boardData');
const { keepingAnswer, keptAnswer } = await import('./keptAnswers');

const change = (tables: string[]): ChangeEvent => ({ tables, method: 'x', silent: false, dealIds: ['d1'] });

function fakePlatform() {
  const platform = {
    store: { on: () => () => undefined },
    onReconnect: () => () => undefined,
  } as unknown as Platform;
  return platform;
}

describe("a method's tables before the contract is in", () => {
  it('reload the board for any change, then patch once they are known', () => {
    loaded.now = false;
    expect(boardRefreshFor(change(['deals']))).toBe('reload');
    loaded.now = true;
    expect(boardRefreshFor(change(['deals']))).toBe('patch');
  });

  it('keep no answer current', () => {
    const platform = fakePlatform();
    loaded.now = false;
    keepingAnswer(platform, 'insights.dashboard', 'k', 0)({ kept: true });
    expect(keptAnswer(platform, 'insights.dashboard', 'k', 0)).toBeUndefined();
    loaded.now = true;
    keepingAnswer(platform, 'insights.dashboard', 'k', 0)({ kept: true });
    expect(keptAnswer(platform, 'insights.dashboard', 'k', 0)).toEqual({ kept: true });
  });

  it('the real module knows them once loaded, as the contract declares them', async () => {
    const real = await vi.importActual<typeof MethodReads>('./methodReads');
    await real.loadMethodReads();
    expect(real.readsOf('board.get')).toEqual(contract['board.get'].reads);
  });
});
