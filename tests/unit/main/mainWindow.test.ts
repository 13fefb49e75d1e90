import { describe, expect, it, vi } from 'vitest';
import { createMainWindowController, crashReloadDelay } from '../../../src/main/mainWindow';
import type { MainWindowDeps, UiWindow } from '../../../src/main/mainWindow';
import { CHANNELS } from '../../../src/main/preload/channels';

class FakeUiWindow implements UiWindow {
  destroyed = false;
  minimized = false;
  visible = false;
  loaded = false;
  readonly sent: [string, unknown][] = [];
  private closeListener: ((event: { preventDefault(): void }) => void) | null = null;
  private closedListener: (() => void) | null = null;
  private pendingLoad: (() => void)[] = [];
  private loadedListeners: (() => void)[] = [];
  private goneListener: ((reason: string) => void) | null = null;
  crashReloads = 0;
  sessionEnd: (() => void) | null = null;
  onSessionEnd(listener: () => void) {
    this.sessionEnd = listener;
  }
  onLoaded(listener: () => void) {
    this.loadedListeners.push(listener);
  }
  onGone(listener: (reason: string) => void) {
    this.goneListener = listener;
  }
  reloadAfterCrash() {
    this.crashReloads++;
    this.loaded = false;
  }
  /** The renderer died (Electron's render-process-gone). */
  crash(reason = 'crashed') {
    this.goneListener?.(reason);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void (this.minimized = false);
  show = () => void (this.visible = true);
  focus = vi.fn();
  hide = () => void (this.visible = false);
  onClose(listener: (event: { preventDefault(): void }) => void) {
    this.closeListener = listener;
  }
  onClosed(listener: () => void) {
    this.closedListener = listener;
  }
  whenLoaded(fn: () => void) {
    if (this.loaded) fn();
    else this.pendingLoad.push(fn);
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  finishLoad() {
    this.loaded = true;
    this.loadedListeners.forEach((fn) => fn());
    this.pendingLoad.splice(0).forEach((fn) => fn());
  }
  /** What the user clicking the close button does; returns whether it really closed. */
  userClose(): boolean {
    const event = { preventDefault: vi.fn() };
    this.closeListener?.(event);
    if (event.preventDefault.mock.calls.length > 0) return false;
    this.destroyed = true;
    this.closedListener?.();
    return true;
  }
}

function setup(timers?: MainWindowDeps['timers']) {
  const windows: FakeUiWindow[] = [];
  const sessionEnds: string[] = [];
  let quitting = false;
  const controller = createMainWindowController({
    create: () => {
      const window = new FakeUiWindow();
      windows.push(window);
      return window;
    },
    isQuitting: () => quitting,
    onSessionEnd: () => sessionEnds.push('quit'),
    ...(timers ? { timers } : {}),
  });
  return { controller, windows, quit: () => (quitting = true), sessionEnds };
}

describe('main window', () => {
  it('hides to the tray when closed, and shows the same window again', () => {
    const { controller, windows } = setup();
    controller.show();
    expect(windows[0]?.visible).toBe(true);
    expect(windows[0]?.userClose()).toBe(false);
    expect(windows[0]?.visible).toBe(false);
    controller.show();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.visible).toBe(true);
    expect(windows[0]?.focus).toHaveBeenCalledTimes(2);
  });

  it('really closes when the app is quitting; a later show creates a new window', () => {
    const { controller, windows, quit } = setup();
    controller.show();
    quit();
    expect(windows[0]?.userClose()).toBe(true);
    controller.show();
    expect(windows).toHaveLength(2);
  });

  it('restores a minimised window', () => {
    const { controller, windows } = setup();
    controller.show();
    const window = windows[0];
    if (window) window.minimized = true;
    controller.show();
    expect(window?.minimized).toBe(false);
  });

  it('opens a deal once the page has loaded', () => {
    const { controller, windows } = setup();
    controller.openDeal('deal-7');
    expect(windows[0]?.visible).toBe(true);
    expect(windows[0]?.sent).toEqual([]);
    windows[0]?.finishLoad();
    expect(windows[0]?.sent).toEqual([[CHANNELS.openDeal, 'deal-7']]);
    controller.openDeal('deal-8');
    expect(windows[0]?.sent.at(-1)).toEqual([CHANNELS.openDeal, 'deal-8']);
  });

  it('reloads a UI whose renderer died, unless the app is quitting', () => {
    const { controller, windows, quit } = setup();
    controller.show();
    windows[0]?.finishLoad();
    windows[0]?.crash('oom');
    expect(windows[0]?.crashReloads).toBe(1);
    quit();
    windows[0]?.crash();
    expect(windows[0]?.crashReloads).toBe(1);
  });

  it('publishes the latest state to the page now and again after every reload', () => {
    const { controller, windows } = setup();
    controller.publish(CHANNELS.storeStatus, { state: 'starting' });
    controller.show();
    windows[0]?.finishLoad();
    expect(windows[0]?.sent).toEqual([[CHANNELS.storeStatus, { state: 'starting' }]]);
    controller.publish(CHANNELS.storeStatus, { state: 'ready' });
    windows[0]?.crash();
    windows[0]?.finishLoad();
    expect(windows[0]?.sent).toEqual([
      [CHANNELS.storeStatus, { state: 'starting' }],
      [CHANNELS.storeStatus, { state: 'ready' }],
      [CHANNELS.storeStatus, { state: 'ready' }],
    ]);
  });

  it('quits cleanly when Windows ends the session (logoff, shutdown)', () => {
    const { controller, windows, sessionEnds } = setup();
    controller.show();
    windows[0]?.sessionEnd?.();
    expect(sessionEnds).toEqual(['quit']);
  });

  it('spaces out reloads of a UI that keeps crashing, and starts again after a quiet minute', () => {
    const clock = { now: 0, due: [] as { at: number; fn: () => void }[] };
    const timers = {
      now: () => clock.now,
      setTimeout: (fn: () => void, ms: number) => void clock.due.push({ at: clock.now + ms, fn }),
    };
    const advance = (ms: number) => {
      clock.now += ms;
      for (const t of clock.due.filter((d) => d.at <= clock.now)) {
        clock.due.splice(clock.due.indexOf(t), 1);
        t.fn();
      }
    };
    const { controller, windows } = setup(timers);
    controller.show();
    const window = windows[0]!;
    window.crash();
    expect(window.crashReloads).toBe(1); // the first crash reloads at once
    window.crash();
    expect(window.crashReloads).toBe(1);
    advance(999);
    expect(window.crashReloads).toBe(1);
    advance(1);
    expect(window.crashReloads).toBe(2);
    window.crash();
    advance(2_000);
    expect(window.crashReloads).toBe(3);
    advance(61_000);
    window.crash();
    expect(window.crashReloads).toBe(4); // a crash after a quiet minute reloads at once again
  });

  it('never waits more than 5 s to reload', () => {
    expect([1, 2, 3, 4, 5, 10, 50].map(crashReloadDelay)).toEqual([0, 1000, 2000, 4000, 5000, 5000, 5000]);
  });
});
