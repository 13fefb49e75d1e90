/**
 * The Insights chunk (Recharts, the largest) is loaded ahead of the first visit: a moment after
 * the live board is whole, when the page is idle — never while the board is starting.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../platform/types';
import { setPlatform } from '../state/session';
import { armStartupOrder, resetStartupOrder } from '../state/startupOrder';
import { renderedWithStore } from '../testing/storeDom';
import { App } from './App';

/** How many times the Insights view's module was loaded (its factory runs on the first import). */
const insights = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../features/insights/InsightsView', () => {
  insights.loads++;
  return { InsightsView: () => null };
});

const dom = renderedWithStore();
// jsdom has no layout: the notification tray measures itself with a ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** Idle callbacks asked for, run only when the test says the page is idle. */
let idle: IdleRequestCallback[] = [];

beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  setPlatform({
    kind: 'browser',
    store: dom.client,
    onReconnect: () => () => undefined,
    onStoreStatus: () => () => undefined,
    onOpenDeal: () => () => undefined,
    notificationState: () => 'off',
  } as unknown as Platform);
});

afterEach(() => {
  act(() => dom.root.render(null)); // its idle callbacks cancelled while the stubs are in place
  resetStartupOrder();
  vi.unstubAllGlobals();
});

async function pageIdle() {
  const due = idle;
  idle = [];
  await act(async () => due.forEach((run) => run({ didTimeout: true, timeRemaining: () => 50 })));
}

describe('the Insights chunk', () => {
  it('is loaded once the live board is on screen and the page is idle, before any visit', async () => {
    await dom.client.call('sample.load', { count: 12, seed: 3 });
    armStartupOrder();
    act(() => dom.root.render(<App />));
    // Start-up: the page may go idle while the board loads; Insights waits all the same.
    await pageIdle();
    expect(insights.loads).toBe(0);

    const liveBoard = () => dom.host.querySelector('section.board:not([aria-busy="true"]) [data-deal-id]');
    await dom.settle(() => liveBoard() !== null);
    expect(insights.loads).toBe(0); // not before the page is idle

    // A moment later, the page idle: the chunk loads.
    for (let round = 0; round < 500 && insights.loads === 0; round++) {
      await pageIdle();
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
    expect(insights.loads).toBe(1);
    // Nobody opened Insights: the chunk came ahead of the visit.
    expect(dom.host.querySelector('.insights')).toBeNull();
  });
});
