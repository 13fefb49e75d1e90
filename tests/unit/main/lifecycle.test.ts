import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, resetFakes } from './fakeElectron';
import { claimSingleInstance, installLifecycle } from '../../../src/main/lifecycle';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

describe('single instance', () => {
  beforeEach(resetFakes);

  it('a second launch focuses the first window', () => {
    const focus = vi.fn();
    expect(claimSingleInstance(focus)).toBe(true);
    app.emit('second-instance', {}, ['fieldline'], '/');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('the second instance quits at once', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    const focus = vi.fn();
    expect(claimSingleInstance(focus)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});

describe('lifecycle', () => {
  beforeEach(resetFakes);

  it('keeps running with every window closed (tray), quits explicitly, shuts down once', () => {
    const handlers = { showMainWindow: vi.fn(), shutdown: vi.fn() };
    const lifecycle = installLifecycle(handlers);
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    expect(lifecycle.isQuitting()).toBe(false);

    app.emit('activate');
    expect(handlers.showMainWindow).toHaveBeenCalled();

    lifecycle.quit();
    expect(lifecycle.isQuitting()).toBe(true);
    expect(app.quit).toHaveBeenCalledTimes(1);
    app.emit('will-quit');
    app.emit('will-quit');
    expect(handlers.shutdown).toHaveBeenCalledTimes(1);
  });

  it('counts an OS-initiated quit (before-quit) as quitting', () => {
    const lifecycle = installLifecycle({ showMainWindow: vi.fn(), shutdown: vi.fn() });
    app.emit('before-quit');
    expect(lifecycle.isQuitting()).toBe(true);
  });
});
