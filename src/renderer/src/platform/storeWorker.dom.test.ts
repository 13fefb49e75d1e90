import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKER_RUNNING } from '../store-host/workerMessages';

/** Stands in for the browser's Worker: the test says when its thread runs, or that it failed. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage() {}
  says(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

// The browser platform itself (reminders, the store client) is not what is tested here.
vi.mock('./browser', () => ({ createBrowserPlatform: () => ({ kind: 'browser' }) }));

/** Fresh modules each test: the worker is one per page. */
async function start(options?: { waitForWorker: boolean }) {
  const { startStoreWorker } = await import('./storeWorker');
  const { createPlatform } = await import('./index');
  startStoreWorker();
  let created = false;
  void createPlatform(options).then(() => (created = true));
  const settled = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return created;
  };
  return { worker: FakeWorker.last!, settled };
}

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the first render waits for the store worker to run', () => {
  it('gets its platform only once the worker says its thread runs', async () => {
    const { worker, settled } = await start();
    await vi.advanceTimersByTimeAsync(100);
    worker.says({ type: 'something else' });
    expect(await settled()).toBe(false);
    worker.says({ type: WORKER_RUNNING });
    expect(await settled()).toBe(true);
  });

  it('waits no longer than a short cap when the worker is slow to start', async () => {
    const { settled } = await start();
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled()).toBe(true);
  });

  it('does not wait for a worker whose script failed', async () => {
    const { worker, settled } = await start();
    worker.dispatchEvent(new Event('error'));
    expect(await settled()).toBe(true);
  });

  it('does not wait when the first render paints the last board instead (a snapshot)', async () => {
    const { settled } = await start({ waitForWorker: false });
    expect(await settled()).toBe(true);
  });
});
