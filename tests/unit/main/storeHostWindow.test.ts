import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, MessagePortMain, WebContents } from 'electron';
import { FakeBrowserWindow, resetFakes } from './fakeElectron';
import { toHostWindow, toUiTarget } from '../../../src/main/storeHostWindow';
import { CHANNELS } from '../../../src/main/preload/channels';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const asWindow = (fake: FakeBrowserWindow) => fake as unknown as BrowserWindow;
const port = { name: 'port' } as unknown as MessagePortMain;

function watched() {
  const fake = new FakeBrowserWindow({});
  const ipc = new EventEmitter();
  const host = toHostWindow(asWindow(fake), 'app://fieldline/store-host.html', ipc as never);
  const handlers = {
    loaded: vi.fn(),
    ready: vi.fn(),
    failed: vi.fn(),
    unresponsive: vi.fn(),
    responsive: vi.fn(),
  };
  host.watch(handlers);
  return { fake, host, handlers, ipc };
}

describe('store-host window adapter', () => {
  beforeEach(resetFakes);

  it('loads the store-host page and hands ports over the connect channel', () => {
    const { fake, host } = watched();
    host.load();
    expect(fake.loadURL).toHaveBeenCalledWith('app://fieldline/store-host.html');
    host.sendPort(port);
    expect(fake.webContents.postMessage).toHaveBeenCalledWith(CHANNELS.storeHostConnect, null, [port]);
    host.sendPort(port, 7);
    expect(fake.webContents.postMessage).toHaveBeenLastCalledWith(CHANNELS.storeHostConnect, 7, [port]);
    host.dropClient?.(7);
    expect(fake.webContents.send).toHaveBeenCalledWith(CHANNELS.storeHostDrop, 7);
  });

  it('reports crashes, main-frame load failures, preload errors and unexpected closes', () => {
    const { fake, handlers } = watched();
    fake.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    fake.webContents.emit(
      'did-fail-load',
      {},
      -6,
      'ERR_FILE_NOT_FOUND',
      'app://fieldline/store-host.html',
      true,
    );
    fake.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://fieldline/x', false);
    fake.webContents.emit('preload-error', {}, '/p.js', new Error('boom'));
    fake.emit('closed');
    expect(handlers.failed.mock.calls.map(([reason]) => reason)).toEqual([
      'renderer gone: crashed',
      'load failed: ERR_FILE_NOT_FOUND (-6)',
      'preload error: boom',
      'window closed',
    ]);
    fake.webContents.emit('did-finish-load');
    fake.webContents.emit('unresponsive');
    fake.webContents.emit('responsive');
    expect(handlers.loaded).toHaveBeenCalledTimes(1);
    expect(handlers.unresponsive).toHaveBeenCalledTimes(1);
    expect(handlers.responsive).toHaveBeenCalledTimes(1);
  });

  it('does not report its own destroy as a failure', () => {
    const { fake, host, handlers } = watched();
    host.destroy();
    fake.emit('closed');
    expect(fake.destroyed).toBe(true);
    expect(handlers.failed).not.toHaveBeenCalled();
  });
});

describe('UI target adapter', () => {
  it('sends store ports on the store-port channel and follows loads', () => {
    const fake = new FakeBrowserWindow({});
    const target = toUiTarget(fake.webContents as unknown as WebContents);
    const loaded = vi.fn();
    target.onLoaded(loaded);
    fake.webContents.emit('did-finish-load');
    fake.webContents.emit('did-finish-load');
    expect(loaded).toHaveBeenCalledTimes(2);
    target.sendPort(port);
    expect(fake.webContents.postMessage).toHaveBeenCalledWith(CHANNELS.storePort, null, [port]);
  });

  it('counts "ready" and script errors only from its own page', () => {
    const { fake, host, handlers, ipc } = watched();
    const stranger = new FakeBrowserWindow({});
    ipc.emit(CHANNELS.storeHostStatus, { sender: stranger.webContents }, { state: 'ready' });
    expect(handlers.ready).not.toHaveBeenCalled();
    ipc.emit(CHANNELS.storeHostStatus, { sender: fake.webContents }, { state: 'ready' });
    expect(handlers.ready).toHaveBeenCalledTimes(1);
    ipc.emit(
      CHANNELS.storeHostStatus,
      { sender: fake.webContents },
      { state: 'error', reason: 'TypeError: x is undefined' },
    );
    expect(handlers.failed).toHaveBeenCalledWith('script error: TypeError: x is undefined');
    ipc.emit(CHANNELS.storeHostStatus, { sender: fake.webContents }, 'garbage');
    expect(handlers.failed).toHaveBeenCalledTimes(1);
    host.destroy();
    expect(ipc.listenerCount(CHANNELS.storeHostStatus)).toBe(0);
  });
});
