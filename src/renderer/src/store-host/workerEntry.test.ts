import { describe, expect, it, vi } from 'vitest';
import { runStoreWorker, type WorkerScope } from './workerEntry';
import { WORKER_CONNECT, WORKER_RUNNING } from './workerMessages';

/** A worker scope that records what it posts and lets the test send it messages. */
function fakeScope() {
  const posted: unknown[] = [];
  let listener: ((event: MessageEvent) => void) | null = null;
  const scope: WorkerScope = {
    postMessage: (message) => posted.push(message),
    addEventListener: (_type, l) => (listener = l),
  };
  const send = (data: unknown, ports: unknown[] = []) =>
    listener!({ data, ports } as unknown as MessageEvent);
  return { scope, posted, send };
}

const port = (name: string) => ({ name }) as unknown as MessagePort;

describe('the store worker entry', () => {
  it('says its thread runs before the store has loaded', () => {
    const { scope, posted } = fakeScope();
    runStoreWorker(scope, () => new Promise(() => {}));
    expect(posted).toEqual([{ type: WORKER_RUNNING }]);
  });

  it('keeps the connections sent while the store loads and hands them over in order, then the later ones at once', async () => {
    const { scope, send } = fakeScope();
    let loaded = (_connect: (port: MessagePort) => void) => {};
    runStoreWorker(scope, () => new Promise((resolve) => (loaded = resolve)));
    send({ type: WORKER_CONNECT }, [port('first')]);
    send({ type: 'something else' }, [port('ignored')]);
    send({ type: WORKER_CONNECT }, [port('second')]);
    send({ type: WORKER_CONNECT }); // no port: nothing to connect
    const connect = vi.fn();
    loaded(connect);
    await vi.waitFor(() => expect(connect).toHaveBeenCalledTimes(2));
    expect(connect.mock.calls.map(([p]) => (p as { name: string }).name)).toEqual(['first', 'second']);
    send({ type: WORKER_CONNECT }, [port('third')]);
    expect(connect).toHaveBeenCalledTimes(3);
  });
});
