import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../../shared/rpc/endpoint';
import { createClientRegistry } from './clients';

function fakeEndpoint(name: string) {
  const endpoint = { name, closed: false } as Endpoint & { name: string; closed: boolean };
  endpoint.post = () => undefined;
  endpoint.listen = () => () => undefined;
  endpoint.close = () => void (endpoint.closed = true);
  return endpoint;
}

function served() {
  const serving = new Set<string>();
  const registry = createClientRegistry((endpoint) => {
    const name = (endpoint as unknown as { name: string }).name;
    serving.add(name);
    return () => serving.delete(name);
  });
  return { registry, serving };
}

describe('store-host client registry', () => {
  it('stops serving and closes the port of a dropped UI page, and only that one', () => {
    const { registry, serving } = served();
    const mainPort = fakeEndpoint('main');
    const ui1 = fakeEndpoint('ui1');
    const ui2 = fakeEndpoint('ui2');
    registry.add(null, mainPort);
    registry.add(1, ui1);
    registry.add(2, ui2);
    registry.drop(1);
    expect([...serving]).toEqual(['main', 'ui2']);
    expect(ui1.closed).toBe(true);
    expect(ui2.closed).toBe(false);
    expect(registry.size).toBe(1);
  });

  it('ignores a drop for a client it does not know (already dropped, or from an older host)', () => {
    const { registry, serving } = served();
    registry.add(7, fakeEndpoint('ui7'));
    registry.drop(7);
    registry.drop(7);
    registry.drop(99);
    expect(serving.size).toBe(0);
  });

  it('replaces a client id handed over twice instead of serving both ports', () => {
    const { registry, serving } = served();
    const first = fakeEndpoint('first');
    registry.add(3, first);
    registry.add(3, fakeEndpoint('second'));
    expect([...serving]).toEqual(['second']);
    expect(first.closed).toBe(true);
  });
});
