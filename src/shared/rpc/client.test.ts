/**
 * The client builds its envelopes' zod schemas apart (protocol.ts, loaded on demand): messages
 * that come before they are in wait, are each still validated, and are handled in order.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Endpoint } from './endpoint';

function fakeEndpoint() {
  const sent: { id: number }[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const endpoint: Endpoint = {
    post: (message) => sent.push(message as { id: number }),
    listen: (onMessage) => {
      deliver = onMessage;
      return () => undefined;
    },
    close: () => undefined,
  };
  return { endpoint, sent, deliver: (message: unknown) => deliver(message) };
}

describe('the store client before its envelopes are built', () => {
  it('validates and answers, in order, what arrived while they were loading', async () => {
    vi.resetModules();
    const { createRpcClient } = await import('./client');
    const { endpoint, sent, deliver } = fakeEndpoint();
    const client = createRpcClient(endpoint);
    const events: unknown[] = [];
    client.on('store.changed', (payload) => events.push(payload));
    const first = client.call('system.info', {});
    const second = client.call('system.info', {});
    const [a, b] = sent;
    // Delivered at once, before any schema could have been built.
    deliver({ kind: 'response', id: a!.id, ok: 'yes', result: 'forged' }); // not an envelope: ignored
    deliver({ kind: 'event', name: 'store.changed', payload: 1 });
    deliver({ kind: 'response', id: a!.id, ok: true, result: 'one' });
    deliver({ kind: 'event', name: 'store.changed', payload: 2 });
    deliver({ kind: 'response', id: b!.id, ok: false, error: { code: 'not-found', message: 'gone' } });
    await expect(first).resolves.toBe('one');
    await expect(second).rejects.toMatchObject({ code: 'not-found', message: 'gone' });
    expect(events).toEqual([1, 2]);
  });
});

describe('the store client when its envelopes cannot be loaded', () => {
  it('fails the calls waiting on them with a clear error, and loads them again for the next message', async () => {
    vi.resetModules();
    vi.doMock('./protocol', () => {
      throw new Error('the chunk could not be fetched');
    });
    try {
      const { createRpcClient, isTransportFailure } = await import('./client');
      const { endpoint, sent, deliver } = fakeEndpoint();
      const client = createRpcClient(endpoint);
      const first = client.call('system.info', {});
      deliver({ kind: 'response', id: sent[0]!.id, ok: true, result: 'one' });
      const failure = await first.then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code: 'unavailable' });
      expect(String((failure as Error).message)).toMatch(/could not read the store's answer.*reload/i);
      // The store may have acted on it: not a failure on the way, so nothing retries it blindly.
      expect(isTransportFailure(failure)).toBe(false);

      // The chunk is back (a network blip in a dev server, a file restored): the next answer is read.
      vi.doUnmock('./protocol');
      const second = client.call('system.info', {});
      deliver({ kind: 'response', id: sent[1]!.id, ok: true, result: 'two' });
      await expect(second).resolves.toBe('two');
    } finally {
      vi.doUnmock('./protocol');
    }
  });
});
