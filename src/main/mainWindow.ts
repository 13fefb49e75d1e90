import type { BrowserWindow } from 'electron';
import { CHANNELS } from './preload/channels';

/** What the controller needs of the UI BrowserWindow (see `toUiWindow`). */
export interface UiWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  hide(): void;
  onClose(listener: (event: { preventDefault(): void }) => void): void;
  onClosed(listener: () => void): void;
  /** Runs `fn` once the page has loaded (now, if it already has). */
  whenLoaded(fn: () => void): void;
  /** Every finished (re)load of the page. */
  onLoaded(listener: () => void): void;
  /** The page's renderer process is gone (crash, OOM, killed); `reason` is Electron's. */
  onGone(listener: (reason: string) => void): void;
  /** Loads the UI again after its renderer died; the page shows a short notice. */
  reloadAfterCrash(): void;
  /** Windows is logging off or shutting down. */
  onSessionEnd(listener: () => void): void;
  send(channel: string, payload: unknown): void;
}

export interface MainWindowController {
  /** Shows the window, creating it if needed, and brings it to the front. */
  show(): void;
  /** Shows the window and tells the UI to open `dealId`. */
  openDeal(dealId: string): void;
  /** Sends to the UI window if there is one (now, and after each reload, the latest payload of the channel). */
  publish(channel: string, payload: unknown): void;
}

/**
 * The single UI window. Closing it hides it to the tray (the app keeps running so reminders
 * fire) unless the app is really quitting.
 */
export interface MainWindowDeps {
  create(): UiWindow;
  isQuitting(): boolean;
  /** Clock and timer for spacing out reloads of a UI that keeps crashing (defaults: the real ones). */
  timers?: { now(): number; setTimeout(fn: () => void, ms: number): unknown };
  /** The OS session ends (Windows logoff/shutdown): quit cleanly. */
  onSessionEnd?(): void;
  log?(message: string): void;
}

/** Crashes further apart than this start the count again. */
export const CRASH_WINDOW_MS = 60_000;

/**
 * How long to wait before reloading a UI after its `count`-th crash in a row: the first at once,
 * then 1 s, 2 s, 4 s, capped at 5 s — a page that crashes on every load never spins the CPU in a
 * reload loop, and never waits long on a blank window.
 */
export function crashReloadDelay(count: number): number {
  return count <= 1 ? 0 : Math.min(1000 * 2 ** (count - 2), 5_000);
}

const realTimers = {
  now: () => Date.now(),
  setTimeout: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
};

export function createMainWindowController(deps: MainWindowDeps): MainWindowController {
  const timers = deps.timers ?? realTimers;
  let current: UiWindow | null = null;
  let crashes = 0;
  let lastCrashAt = -Infinity;
  /** The latest payload per published channel, re-sent to a page that (re)loaded. */
  const published = new Map<string, unknown>();

  const ensure = (): UiWindow => {
    if (current && !current.isDestroyed()) return current;
    const window = deps.create();
    window.onLoaded(() => published.forEach((payload, channel) => window.send(channel, payload)));
    window.onSessionEnd(() => deps.onSessionEnd?.());
    // A crashed UI never stays blank: it loads again and says so.
    window.onGone((reason) => {
      const now = timers.now();
      crashes = now - lastCrashAt > CRASH_WINDOW_MS ? 1 : crashes + 1;
      lastCrashAt = now;
      const delay = crashReloadDelay(crashes);
      deps.log?.(
        `the UI renderer is gone (${reason}); reloading it${delay ? ` in ${delay} ms (crash ${crashes} in a row)` : ''}`,
      );
      const reload = () => {
        if (!window.isDestroyed() && !deps.isQuitting()) window.reloadAfterCrash();
      };
      if (delay === 0) reload();
      else timers.setTimeout(reload, delay);
    });
    window.onClose((event) => {
      if (deps.isQuitting()) return;
      event.preventDefault();
      window.hide();
    });
    window.onClosed(() => {
      if (current === window) current = null;
    });
    current = window;
    return window;
  };

  const show = (): UiWindow => {
    const window = ensure();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    return window;
  };

  return {
    show: () => void show(),
    openDeal(dealId) {
      const window = show();
      window.whenLoaded(() => window.send(CHANNELS.openDeal, dealId));
    },
    publish(channel, payload) {
      published.set(channel, payload);
      if (current && !current.isDestroyed()) current.send(channel, payload);
    },
  };
}

/** Adapts Electron's BrowserWindow to `UiWindow`; `recoveredUrl` is the page to load after a crash. */
export function toUiWindow(window: BrowserWindow, recoveredUrl: string): UiWindow {
  const contents = window.webContents;
  return {
    isDestroyed: () => window.isDestroyed(),
    isMinimized: () => window.isMinimized(),
    restore: () => window.restore(),
    show: () => window.show(),
    focus: () => window.focus(),
    hide: () => window.hide(),
    onClose: (listener) => window.on('close', listener),
    onClosed: (listener) => window.on('closed', listener),
    whenLoaded(fn) {
      if (contents.isLoading()) contents.once('did-finish-load', fn);
      else fn();
    },
    onLoaded: (listener) => contents.on('did-finish-load', listener),
    onGone: (listener) =>
      contents.on('render-process-gone', (_event, details) => {
        if (details.reason !== 'clean-exit') listener(details.reason);
      }),
    reloadAfterCrash: () => void window.loadURL(recoveredUrl).catch(() => undefined),
    onSessionEnd: (listener) => window.on('session-end', listener),
    send: (channel, payload) => {
      if (!contents.isDestroyed()) contents.send(channel, payload);
    },
  };
}
