import { describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../../shared/rpc/views';
import { withCrossTabChanges, type ChannelLike } from './crossTab';

/** Two tabs' channels joined like a BroadcastChannel: a message reaches every OTHER end. */
function channels(count: number) {
  const ends: (ChannelLike & { listeners: ((event: { data: unknown }) => void)[] })[] = [];
  for (let i = 0; i < count; i++) {
    const end = {
      listeners: [] as ((event: { data: unknown }) => void)[],
      postMessage: (message: unknown) =>
        ends
          .filter((other) => other !== end)
          .forEach((other) => other.listeners.forEach((l) => l({ data: structuredClone(message) }))),
      addEventListener: (_type: 'message', listener: (event: { data: unknown }) => void) =>
        void end.listeners.push(listener),
    };
    ends.push(end);
  }
  return ends;
}

function service() {
  const listeners = new Set<(event: ChangeEvent) => void>();
  return {
    call: vi.fn(async () => 'ok'),
    onChange: (listener: (event: ChangeEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commit: (event: ChangeEvent) => listeners.forEach((l) => l(event)),
  };
}

const event = {
  tables: ['deals'],
  method: 'deals.create',
  ids: [],
  dealIds: ['d1'],
} as unknown as ChangeEvent;

describe('changes relayed between tabs', () => {
  it("tells this tab's pages and every other tab about a commit, once each", async () => {
    const [a, b] = channels(2);
    const storeA = service();
    const storeB = service();
    const tabA = withCrossTabChanges(storeA, a!);
    const tabB = withCrossTabChanges(storeB, b!);
    const seenA = vi.fn();
    const seenB = vi.fn();
    tabA.onChange(seenA);
    tabB.onChange(seenB);
    storeA.commit(event);
    expect(seenA).toHaveBeenCalledTimes(1);
    expect(seenB).toHaveBeenCalledWith(event);
    expect(seenB).toHaveBeenCalledTimes(1); // no echo back and forth
    await expect(tabB.call('system.info', {})).resolves.toBe('ok');
    expect(storeB.call).toHaveBeenCalledWith('system.info', {});
  });

  it('ignores messages that are not change events', () => {
    const [a, b] = channels(2);
    const tabB = withCrossTabChanges(service(), b!);
    const seen = vi.fn();
    tabB.onChange(seen);
    a!.postMessage({ hello: 'world' });
    a!.postMessage(null);
    expect(seen).not.toHaveBeenCalled();
  });
});
