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
