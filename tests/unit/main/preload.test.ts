import type { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldlineBridge } from '../../../src/main/preload/api';
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

beforeEach(() => {
  vi.resetModules();
  world.exposed.clear();
  postMessage.mockClear();
  vi.stubGlobal('window', { postMessage });
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
    expect(Object.keys(bridge).sort()).toEqual(['backupNow', 'listBackups', 'onOpenDeal', 'openExternal', 'platform', 'printToPdf', 'restoreBackup', 'saveFile']);
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
      [CHANNELS.saveFile, save],
      [CHANNELS.printToPdf, { html: '<p>', suggestedName: 'h' }],
      [CHANNELS.openExternal, 'https://example.com/'],
      [CHANNELS.listBackups],
      [CHANNELS.backupNow],
      [CHANNELS.restoreBackup, null],
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
});

describe('store-host preload', () => {
  it('forwards every connect port into the page and exposes nothing', async () => {
    await import('../../../src/main/preload/storeHost');
    const ports = [{ port: 'main' }];
    world.ipc.emit('fieldline:connect', { ports });
    expect(postMessage).toHaveBeenCalledWith({ type: 'fieldline:connect' }, '*', ports);
    expect(world.exposed.size).toBe(0);
  });
});

describe('preload sources', () => {
  it('import nothing but electron and local files (sandboxed preloads cannot require packages)', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['ui.ts', 'storeHost.ts', 'channels.ts', 'api.ts']) {
      const source = await readFile(new URL(`../../../src/main/preload/${file}`, import.meta.url), 'utf8');
      const specifiers = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const specifier of specifiers) expect(specifier === 'electron' || specifier?.startsWith('./')).toBe(true);
    }
  });
});
