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
  send(channel: string, payload: unknown): void;
}

export interface MainWindowController {
  /** Shows the window, creating it if needed, and brings it to the front. */
  show(): void;
  /** Shows the window and tells the UI to open `dealId`. */
  openDeal(dealId: string): void;
}

/**
 * The single UI window. Closing it hides it to the tray (the app keeps running so reminders
 * fire) unless the app is really quitting.
 */
export function createMainWindowController(deps: { create(): UiWindow; isQuitting(): boolean }): MainWindowController {
  let current: UiWindow | null = null;

  const ensure = (): UiWindow => {
    if (current && !current.isDestroyed()) return current;
    const window = deps.create();
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
  };
}

/** Adapts Electron's BrowserWindow to `UiWindow`. */
export function toUiWindow(window: BrowserWindow): UiWindow {
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
    send: (channel, payload) => {
      if (!contents.isDestroyed()) contents.send(channel, payload);
    },
  };
}
