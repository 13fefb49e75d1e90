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
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('keeps running with every window closed (tray) and shows the window on activate', () => {
    const handlers = { showMainWindow: vi.fn(), shutdown: vi.fn() };
    const lifecycle = installLifecycle(handlers);
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    expect(lifecycle.isQuitting()).toBe(false);
    app.emit('activate');
    expect(handlers.showMainWindow).toHaveBeenCalled();
  });

  it('stops the subsystems at before-quit, once, waits for them, then quits for real', async () => {
    let finish: () => void = () => undefined;
    const handlers = {
      showMainWindow: vi.fn(),
      shutdown: vi.fn(() => new Promise<void>((resolve) => (finish = resolve))),
    };
    const lifecycle = installLifecycle(handlers);
    lifecycle.quit();
    expect(app.quit).toHaveBeenCalledTimes(1);
    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    expect(lifecycle.isQuitting()).toBe(true);
    expect(first.preventDefault).toHaveBeenCalled(); // windows stay until the subsystems stopped
    const again = { preventDefault: vi.fn() };
    app.emit('before-quit', again);
    expect(again.preventDefault).toHaveBeenCalled();
    await settle();
    expect(handlers.shutdown).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(2);
    const last = { preventDefault: vi.fn() };
    app.emit('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
    expect(handlers.shutdown).toHaveBeenCalledTimes(1);
  });

  it('quits anyway when a subsystem does not stop within the limit', async () => {
    vi.useFakeTimers();
    try {
      const log = vi.fn();
      installLifecycle({
        showMainWindow: vi.fn(),
        shutdown: () => new Promise<void>(() => undefined),
        shutdownLimitMs: 5_000,
        log,
      });
      app.emit('before-quit', { preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(4_999);
      expect(app.quit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(app.quit).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledWith('shutdown took longer than 5000 ms; quitting anyway');
    } finally {
      vi.useRealTimers();
    }
  });
});
