/**
 * Start-up order at the app's level, against the real store: the board's reads reach the store
 * first; the other reads of the first screen (the follow-ups badge, My numbers) are sent only
 * once the live board is whole on screen.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../../shared/rpc/client';
import type { Platform } from '../platform/types';
import { setPlatform } from '../state/session';
import { armStartupOrder, resetStartupOrder } from '../state/startupOrder';
import { renderedWithStore } from '../testing/storeDom';
import { App } from './App';

const dom = renderedWithStore();
// jsdom has no layout: the notification tray measures itself with a ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => resetStartupOrder());

/** The window's store, logging each call as it is sent and as it is answered. */
function recordingStore(): string[] {
  const { client } = dom;
  const log: string[] = [];
  const store: RpcClient = {
    ...client,
    call: (method, input) => {
      log.push(`sent ${method}`);
      return client.call(method, input).finally(() => log.push(`answered ${method}`));
    },
  };
  setPlatform({
    kind: 'browser',
    store,
    onReconnect: () => () => undefined,
    onStoreStatus: () => () => undefined,
    onOpenDeal: () => () => undefined,
    notificationState: () => 'off',
  } as unknown as Platform);
  return log;
}

describe('the app at start-up', () => {
  it('sends the follow-ups badge and My numbers queries only after the board has been read', async () => {
    await dom.client.call('sample.load', { count: 12, seed: 3 });
    const log = recordingStore();
    armStartupOrder();
    act(() => dom.root.render(<App />));
    const liveBoard = () => dom.host.querySelector('section.board:not([aria-busy="true"]) [data-deal-id]');
    await dom.settle(() => liveBoard() !== null && log.includes('sent insights.numbers'));
    await dom.settle(() => log.includes('sent followUps.dueCounts'));
    const boardRead = log.lastIndexOf('answered board.page');
    expect(boardRead).toBeGreaterThan(-1);
    for (const later of ['sent insights.numbers', 'sent followUps.dueCounts'])
      expect(log.indexOf(later), later).toBeGreaterThan(boardRead);
    await act(async () => undefined);
  });
});
