import { describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../../src/shared/rpc/views';
import { createRpcServer } from '../../../src/shared/rpc/server';
import { RpcError } from '../../../src/shared/rpc/protocol';
import { createMainClient } from '../../../src/main/mainClient';
import { fromMessagePortMain } from '../../../src/main/portMain';
import { createStoreHostSupervisor } from '../../../src/main/storeHost';
import { fakeChannel } from './fakePorts';
import { supervisorWorld } from './fakeSupervisorWorld';

/** A store service stand-in that answers 'followUps.summary' and can broadcast changes. */
function fakeService(label: string) {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const calls: string[] = [];
  return {
    calls,
    service: {
      async call(method: string): Promise<unknown> {
        calls.push(method);
        if (method === 'followUps.summary') return { overdue: label.length, today: [] };
        throw new RpcError('unknown-method', method);
      },
      onChange(listener: (event: ChangeEvent) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    emit: (event: ChangeEvent) => listeners.forEach((l) => l(event)),
  };
}

describe('fromMessagePortMain', () => {
  it('adapts an EventEmitter-style port to an Endpoint (listen starts, unlisten stops)', async () => {
    const { port1, port2 } = fakeChannel('t');
    const endpoint = fromMessagePortMain(port1);
    const received: unknown[] = [];
    const stop = endpoint.listen((message) => received.push(message));
    expect(port1.started).toBe(true);
    port2.postMessage({ hello: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toEqual([{ hello: 1 }]);
    stop();
    port2.postMessage({ hello: 2 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toHaveLength(1);
    endpoint.close();
    expect(port1.closed).toBe(true);
  });
});

describe("main's client across store-host restarts", () => {
  it('before the store host exists: a command fails at once, a query waits for it within its time limit', async () => {
    const { client } = createMainClient({ callTimeoutMs: 50 });
    await expect(client.call('followUps.claimDue', { until: 1 })).rejects.toMatchObject({
      code: 'unavailable',
    });
    await expect(client.call('followUps.summary', {})).rejects.toMatchObject({ code: 'timeout' });
  });

  it('fails a call the store never answers with a timeout, and answers a heartbeat with false then', async () => {
    const mainClient = createMainClient({ callTimeoutMs: 50 });
    const { port1, port2 } = fakeChannel('silent');
    mainClient.connect(port1);
    port2.start?.();
    await expect(mainClient.client.call('followUps.summary', {})).rejects.toMatchObject({
      code: 'timeout',
      message: 'the store did not answer followUps.summary within 50 ms',
    });
    await expect(mainClient.ping(20)).resolves.toBe(false);
    mainClient.close();
  });

  it('queues calls until the host serves, fails calls pending on a dead host, and works after the restart', async () => {
    const world = supervisorWorld();
    const mainClient = createMainClient();
    const first = fakeService('first');
    const second = fakeService('second!');
    const supervisor = createStoreHostSupervisor({
      ...world.deps,
      connectMain: (port) => {
        world.mainPorts.push(port);
        mainClient.connect(port);
      },
    });
    supervisor.start();

    // A call made while the host page is still loading waits for it.
    const early = mainClient.client.call('followUps.summary', {});
    const host = world.lastHost();
    host.finishLoad();
    const server = createRpcServer(first.service);
    for (const port of host.ports) server.connect(fromMessagePortMain(port));
    await expect(early).resolves.toEqual({ overdue: 5, today: [] });

    const changed = vi.fn();
    mainClient.client.on('store.changed', changed);
    first.emit({ tables: ['followUps'] } as unknown as ChangeEvent);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));

    // The host dies with a query and a command in flight that it never answers.
    first.service.call = () => new Promise(() => undefined);
    const query = mainClient.client.call('followUps.summary', {});
    const command = mainClient.client.call('followUps.claimDue', { until: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    host.crash();
    world.timers.advance(250);
    // The command may have committed: its caller hears the failure. The query is asked again.
    await expect(command).rejects.toMatchObject({ code: 'unavailable' });

    const next = world.lastHost();
    next.finishLoad();
    const nextServer = createRpcServer(second.service);
    for (const port of next.ports) nextServer.connect(fromMessagePortMain(port));
    await expect(query).resolves.toEqual({ overdue: 7, today: [] });
    await expect(mainClient.client.call('followUps.summary', {})).resolves.toEqual({ overdue: 7, today: [] });
    await expect(mainClient.ping(1000)).resolves.toBe(true); // an error answer is still an answer
    expect(world.mainPorts[0]?.closed).toBe(true); // the old port was released
    supervisor.stop();
    mainClient.close();
  });
});
