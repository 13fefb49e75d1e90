import type { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeChannel, type FieldlineBridge } from '../../../src/shared/bridge/contract';
import { CHANNELS } from '../../../src/main/preload/channels';

/** The preloads' whole world: ipcRenderer, contextBridge and the page's window. */
const world = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: null as unknown as ReturnType<typeof vi.fn>,
  ipc: null as unknown as EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipc = new Emitter();
  world.ipc = ipc;
  world.invoke = vi.fn(async (...args: unknown[]) => args);
  return {
    ipcRenderer: Object.assign(ipc, { invoke: world.invoke }),
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => world.exposed.set(key, api) },
  };
});

const postMessage = vi.fn();
/** The page's own window messages (what the store-host page posts to its preload). */
const pageListeners = new Set<(event: { source: unknown; data: unknown }) => void>();
const fakeWindow = {
  postMessage,
  addEventListener: (_type: string, listener: (event: { source: unknown; data: unknown }) => void) =>
    pageListeners.add(listener),
};

beforeEach(() => {
  vi.resetModules();
  world.exposed.clear();
  postMessage.mockClear();
  pageListeners.clear();
  vi.stubGlobal('window', fakeWindow);
});

afterEach(() => {
  vi.unstubAllGlobals();
  world.ipc.removeAllListeners();
});

async function loadUiPreload(): Promise<FieldlineBridge> {
  await import('../../../src/main/preload/ui');
  return world.exposed.get('fieldline') as FieldlineBridge;
}

describe('UI preload', () => {
  it('exposes exactly one object of named functions (and the platform tag)', async () => {
    const bridge = await loadUiPreload();
    expect([...world.exposed.keys()]).toEqual(['fieldline']);
    expect(Object.keys(bridge).sort()).toEqual([
      'backupNow',
      'listBackups',
      'onOpenDeal',
      'onStoreStatus',
      'openExternal',
      'openMailto',
      'platform',
      'printToPdf',
      'restoreBackup',
      'saveFile',
      'saveFiles',
    ]);
    for (const [key, value] of Object.entries(bridge)) {
      if (key === 'platform') expect(value).toBe('electron');
      else expect(typeof value).toBe('function');
    }
  });

  it('invokes fixed fieldline: channels with the caller payload only', async () => {
    const bridge = await loadUiPreload();
    const save = { suggestedName: 'x', content: 'y', filters: [] };
    await bridge.saveFile(save);
    await bridge.printToPdf({ html: '<p>', suggestedName: 'h' });
    await bridge.openExternal('https://example.com/');
    await bridge.listBackups();
    await bridge.backupNow();
    await bridge.restoreBackup(null);
    expect(world.invoke.mock.calls).toEqual([
      [bridgeChannel('saveFile'), save],
      [bridgeChannel('printToPdf'), { html: '<p>', suggestedName: 'h' }],
      [bridgeChannel('openExternal'), 'https://example.com/'],
      [bridgeChannel('listBackups')],
      [bridgeChannel('backupNow')],
      [bridgeChannel('restoreBackup'), null],
    ]);
  });

  it('forwards each store port into the page', async () => {
    await loadUiPreload();
    const ports = [{ port: 1 }];
    world.ipc.emit(CHANNELS.storePort, { ports });
    expect(postMessage).toHaveBeenCalledWith({ type: 'fieldline:store-port' }, '*', ports);
  });

  it('delivers open-deal ids (strings only, never the IPC event) until unsubscribed', async () => {
    const bridge = await loadUiPreload();
    const cb = vi.fn();
    const off = bridge.onOpenDeal(cb);
    world.ipc.emit(CHANNELS.openDeal, { sender: 'event' }, 'deal-1');
    world.ipc.emit(CHANNELS.openDeal, { sender: 'event' }, { evil: true });
    off();
    world.ipc.emit(CHANNELS.openDeal, { sender: 'event' }, 'deal-2');
    expect(cb.mock.calls).toEqual([['deal-1']]);
  });

  it('keeps a deal asked for before the page subscribed (a notification clicked at launch) and delivers it once', async () => {
    const bridge = await loadUiPreload();
    world.ipc.emit(CHANNELS.openDeal, {}, 'deal-early');
    const first = vi.fn();
    bridge.onOpenDeal(first);
    expect(first.mock.calls).toEqual([['deal-early']]);
    const second = vi.fn();
    bridge.onOpenDeal(second);
    expect(second).not.toHaveBeenCalled();
  });

  it('tells the page the store state now and on every change, dropping malformed messages', async () => {
    const bridge = await loadUiPreload();
    const cb = vi.fn();
    const off = bridge.onStoreStatus(cb);
    world.ipc.emit(CHANNELS.storeStatus, {}, { state: 'restarting', reason: 'hung', attempt: 2, inMs: 500 });
    world.ipc.emit(CHANNELS.storeStatus, {}, { state: 'bogus' });
    world.ipc.emit(CHANNELS.storeStatus, {}, { state: 'ready' });
    off();
    world.ipc.emit(CHANNELS.storeStatus, {}, { state: 'starting' });
    expect(cb.mock.calls).toEqual([
      [{ state: 'starting' }],
      [{ state: 'restarting', reason: 'hung', attempt: 2, inMs: 500 }],
      [{ state: 'ready' }],
    ]);
    const late = vi.fn();
    bridge.onStoreStatus(late);
    expect(late.mock.calls).toEqual([[{ state: 'starting' }]]);
  });
});

describe('store-host preload', () => {
  it('forwards every connect port into the page and exposes only the journal’s five operations', async () => {
    await import('../../../src/main/preload/storeHost');
    const ports = [{ port: 'main' }];
    world.ipc.emit('fieldline:connect', { ports });
    expect(postMessage).toHaveBeenCalledWith({ type: 'fieldline:connect', client: null }, '*', ports);
    const uiPorts = [{ port: 'ui' }];
    world.ipc.emit('fieldline:connect', { ports: uiPorts }, 4);
    expect(postMessage).toHaveBeenLastCalledWith({ type: 'fieldline:connect', client: 4 }, '*', uiPorts);
    expect([...world.exposed.keys()]).toEqual(['fieldlineJournal']);
    const journal = world.exposed.get('fieldlineJournal') as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    expect(Object.keys(journal).sort()).toEqual([
      'append',
      'compact',
      'readJournalPlaces',
      'readJournals',
      'readSnapshot',
      'readSnapshotFront',
    ]);
    const bytes = new Uint8Array([1]);
    await journal['append']!(bytes);
    await journal['compact']!('{}', bytes);
    expect(world.invoke.mock.calls.slice(-2)).toEqual([
      [CHANNELS.journal, { op: 'append', bytes }],
      [CHANNELS.journal, { op: 'compact', text: '{}', keep: bytes }],
    ]);
  });

  it("passes main's drop of a closed page's port into the page, and nothing malformed", async () => {
    await import('../../../src/main/preload/storeHost');
    world.ipc.emit(CHANNELS.storeHostDrop, {}, 'not-a-number');
    expect(postMessage).not.toHaveBeenCalled();
    world.ipc.emit(CHANNELS.storeHostDrop, {}, 4);
    expect(postMessage).toHaveBeenCalledWith({ type: CHANNELS.storeHostDrop, client: 4 }, '*');
  });

  it("passes the page's ready / error status to main, and nothing from other sources", async () => {
    const send = vi.fn();
    Object.assign(world.ipc, { send });
    await import('../../../src/main/preload/storeHost');
    const post = (data: unknown, source: unknown = fakeWindow) =>
      pageListeners.forEach((l) => l({ source, data }));
    post({ type: CHANNELS.storeHostStatus, state: 'ready' }, { other: 'frame' });
    post({ type: CHANNELS.storeHostStatus, state: 'ready' });
    post({ type: CHANNELS.storeHostStatus, state: 'error', reason: 'boom' });
    post({ type: CHANNELS.storeHostStatus, state: 'weird' });
    expect(send.mock.calls).toEqual([
      [CHANNELS.storeHostStatus, { state: 'ready' }],
      [CHANNELS.storeHostStatus, { state: 'error', reason: 'boom' }],
    ]);
  });
});

describe('preload sources', () => {
  it('import nothing but electron, local files and the bridge contract (which imports only zod): sandboxed preloads cannot require packages, so these are bundled', async () => {
    const { readFile } = await import('node:fs/promises');
    const specifiersOf = async (url: URL) =>
      [...(await readFile(url, 'utf8')).matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const file of ['ui.ts', 'storeHost.ts', 'channels.ts']) {
      const specifiers = await specifiersOf(new URL(`../../../src/main/preload/${file}`, import.meta.url));
      for (const specifier of specifiers)
        expect(
          specifier === 'electron' ||
            specifier === '../../shared/bridge/contract' ||
            specifier?.startsWith('./'),
        ).toBe(true);
    }
    const contract = await specifiersOf(new URL('../../../src/shared/bridge/contract.ts', import.meta.url));
    expect(contract).toEqual(['zod']);
  });
});
